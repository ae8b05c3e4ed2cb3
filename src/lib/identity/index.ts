export { normaliseEmail, normaliseHandle, normalisePhone } from './normalise';
export { matchKeys, participantKey, type ParticipantRecord } from './keys';
export {
	mergeDecision, NO_DECISIONS, parseDecisions, renameDecision, splitDecision, type IdentityDecisions
} from './decisions';
export { mergeParticipants, type Person } from './merge';
