import { identitiesTask } from './identities';
import { riskScanTask } from './risk-scan';
import { saveWorkspaceTask } from './save-workspace';
import { searchIndexTask } from './search-index';
import type { WorkspaceTask } from './task';

/** In order: people linked first, scanning before indexing (search filters on risk:), saving last so it holds all. */
export const WORKSPACE_TASKS: readonly WorkspaceTask[] = [identitiesTask, riskScanTask, searchIndexTask, saveWorkspaceTask];
/** After a restore nothing is scanned and the index does not depend on the people: the search comes back first. */
export const RESTORE_TASKS: readonly WorkspaceTask[] = [searchIndexTask, identitiesTask, riskScanTask, saveWorkspaceTask];
