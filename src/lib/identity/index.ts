export { normaliseEmail, normaliseHandle, normalisePhone } from './normalise';
export { matchKeys, participantKey, type ParticipantRecord } from './keys';
export { mergeDecision, NO_DECISIONS, parseDecisions, renameDecision, splitDecision, type IdentityDecisions } from './decisions';
export { mergeParticipants, type Person } from './merge';
export { nameMatch, nameTokens, type NameRule } from './names';
export { pairKey, suggestMerges, type Evidence, type MergeSuggestion, type PlacedParticipant, type SuggestionRule } from './suggestions';
export { personDisplayNames, withDisplayNames, type NamedPerson } from './display-names';
