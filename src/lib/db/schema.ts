/**
 * The canonical schema, in one place. Every statement is idempotent so a persisted database can be reopened.
 *
 * Conventions: ids are assigned by the loader (max(id) + 1, imports are serialised); there are no
 * FOREIGN KEY constraints (DuckDB enforces them row by row, which slows bulk loads and forbids
 * deleting an archive); relationships are named `<table>_id`. Timestamps are UTC `TIMESTAMP`s.
 * Text offsets (`span_start`, `span_end`) are UTF-16 code-unit indices into `messages.text`, as JS strings count.
 */

/**
 * 2: audit_log gained `actor`. 3: saved_queries gained kind, search, tags, author, updated_at, row_count, result_digest
 * and archive_sha256; tags and notes gained `reviewer`, notes `updated_at`, and the review queues and their decisions
 * are tables (src/lib/db/migrate.ts loads a version 1 or 2 workspace).
 */
export const SCHEMA_VERSION = 3;

/** Column order of the bulk-loaded tables; Arrow batches are inserted by position, so arrow.ts builds in this order. */
export const MESSAGE_COLUMNS = [
	'id',
	'archive_id',
	'conversation_id',
	'participant_id',
	'idx',
	'pos',
	'source_id',
	'author',
	'author_raw',
	'ts_local',
	'ts_utc',
	'tz',
	'kind',
	'text',
	'edited',
	'deleted',
	'reply_to',
	'reply_to_source_id',
	'line',
	'line_end',
	'source_path',
	'raw'
] as const;
export const ATTACHMENT_COLUMNS = ['message_id', 'archive_id', 'position', 'file_name', 'media_type'] as const;
export const UNPARSED_COLUMNS = ['archive_id', 'line', 'path', 'text', 'reason'] as const;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (
	key VARCHAR PRIMARY KEY,
	value VARCHAR NOT NULL
);

-- One imported source file. sha256 is the identity: importing the same bytes twice adds nothing.
CREATE TABLE IF NOT EXISTS archives (
	id INTEGER PRIMARY KEY,
	file_name VARCHAR NOT NULL,
	bytes BIGINT NOT NULL,
	sha256 VARCHAR NOT NULL UNIQUE,      -- lowercase hex
	platform VARCHAR NOT NULL,           -- 'whatsapp', …
	format VARCHAR NOT NULL,             -- e.g. 'whatsapp-android-txt'
	imported_at TIMESTAMP NOT NULL,      -- UTC
	tz VARCHAR NOT NULL,                 -- IANA zone assumed for the export's naive local times
	messages INTEGER NOT NULL,           -- records loaded
	unparsed INTEGER NOT NULL,           -- lines kept in unparsed_lines
	notes VARCHAR[] NOT NULL             -- parser notes (e.g. inferred date order)
);

-- A chat within an archive: a WhatsApp .txt holds one, a Telegram or Slack export many.
CREATE TABLE IF NOT EXISTS conversations (
	id INTEGER PRIMARY KEY,
	archive_id INTEGER NOT NULL,
	platform VARCHAR NOT NULL,
	title VARCHAR NOT NULL,
	kind VARCHAR NOT NULL CHECK (kind IN ('direct', 'group', 'channel')),
	source_id VARCHAR                    -- the platform's own conversation id, where it has one
);

-- A handle on one platform. Shared across archives: the same (platform, handle) is one participant.
CREATE TABLE IF NOT EXISTS participants (
	id INTEGER PRIMARY KEY,
	platform VARCHAR NOT NULL,
	handle VARCHAR NOT NULL,             -- the platform's stable author id where it has one, else the author as shown
	display_name VARCHAR NOT NULL,
	phone VARCHAR,                       -- '+' and digits when the handle is a phone number
	email VARCHAR,
	UNIQUE (platform, handle)
);

-- A person across platforms; a participant belongs to at most one identity.
CREATE TABLE IF NOT EXISTS identities (
	id INTEGER PRIMARY KEY,
	label VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS identity_members (
	participant_id INTEGER PRIMARY KEY,
	identity_id INTEGER NOT NULL
);

-- One record of a source file. No constraints: it is bulk-loaded from Arrow, ids come from the loader.
CREATE TABLE IF NOT EXISTS messages (
	id BIGINT NOT NULL,                  -- unique across the workspace
	archive_id INTEGER NOT NULL,
	conversation_id INTEGER NOT NULL,
	participant_id INTEGER,              -- NULL for system records without author
	idx INTEGER NOT NULL,                -- 0-based position among the source's records (all its conversations)
	pos INTEGER NOT NULL,                -- 0-based position within its conversation: 0..n-1, no gaps
	source_id VARCHAR,                   -- the platform's own message id (Telegram id, Slack ts…)
	author VARCHAR NOT NULL,             -- normalised display name, '' for system records
	author_raw VARCHAR NOT NULL,         -- author exactly as written
	ts_local VARCHAR NOT NULL,           -- as written, 'YYYY-MM-DDTHH:MM:SS' ('…Z' for epoch sources)
	ts_utc TIMESTAMP,                    -- NULL only when ts_local is malformed
	tz VARCHAR NOT NULL,                 -- zone ts_local was read in ('UTC' for '…Z')
	kind VARCHAR NOT NULL,               -- MessageKind
	text VARCHAR NOT NULL,
	edited BOOLEAN NOT NULL,
	deleted BOOLEAN NOT NULL,            -- kind = 'deleted'
	reply_to BIGINT,                     -- messages.id replied to, when found in the same conversation
	reply_to_source_id VARCHAR,          -- the source's reference as given, found or not
	line INTEGER,                        -- 1-based first source line (text exports)
	line_end INTEGER,                    -- 1-based last source line
	source_path VARCHAR,                 -- JSON path or CSV row in structured sources, NULL for text
	raw VARCHAR NOT NULL                 -- the record's source text, untouched
);

CREATE TABLE IF NOT EXISTS attachments (
	message_id BIGINT NOT NULL,
	archive_id INTEGER NOT NULL,
	position INTEGER NOT NULL,           -- 0-based order within the message
	file_name VARCHAR NOT NULL,
	media_type VARCHAR NOT NULL          -- image | video | audio | document | sticker | other, from the extension
);

-- Media files that came in a zip with an export, as evidence: what each file is (hash, size, type sniffed from its
-- bytes) whether or not its bytes are kept. The bytes live apart from the database, in this browser's private storage,
-- named by sha256 (src/lib/storage/media-files.ts). A file no message names is recorded with the zip's first export.
CREATE TABLE IF NOT EXISTS media_files (
	archive_id INTEGER NOT NULL,
	file_name VARCHAR,                   -- the name messages use (attachments.file_name); NULL when no message names it
	path VARCHAR NOT NULL,               -- member path inside the zip
	bytes BIGINT NOT NULL,
	sha256 VARCHAR NOT NULL,             -- lowercase hex of the file's bytes
	content_type VARCHAR NOT NULL,       -- sniffed from the bytes, never from the name: 'image/png', … or 'application/octet-stream'
	description VARCHAR NOT NULL,        -- what the bytes are: 'PNG image', 'SVG, HTML or XML markup', 'PDF document', …
	storage VARCHAR NOT NULL             -- 'kept' (saved in this browser) | 'declined' (the user chose not to keep media) | 'failed' (saving failed, e.g. storage full)
);

-- Lines the parser could not place into any record; kept, counted and shown, never dropped.
CREATE TABLE IF NOT EXISTS unparsed_lines (
	archive_id INTEGER NOT NULL,
	line INTEGER NOT NULL,               -- 1-based (0 when unknown)
	path VARCHAR,                        -- zip member or JSON path, when a line alone does not place it
	text VARCHAR NOT NULL,
	reason VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS risk_hits (
	message_id BIGINT NOT NULL,
	rule VARCHAR NOT NULL,               -- rule id in the registry
	category VARCHAR NOT NULL,           -- 'pii.email', 'pii.credit_card', 'phi', 'secret', 'policy.off_channel', …
	severity VARCHAR NOT NULL,           -- 'low' | 'medium' | 'high' | 'critical'
	score DOUBLE NOT NULL,               -- 0..1
	span_start INTEGER NOT NULL,         -- UTF-16 offsets into messages.text, end exclusive
	span_end INTEGER NOT NULL,
	explanation VARCHAR NOT NULL
);

-- The current search's hits (replaced on every search), so SQL can aggregate them.
CREATE TABLE IF NOT EXISTS search_hits (
	message_id BIGINT NOT NULL,
	score DOUBLE NOT NULL                -- ranking score, higher is better
);

-- User policies (lexicon rules); the built-in rules live in code. definition is the rule as JSON.
CREATE TABLE IF NOT EXISTS policies (
	id VARCHAR PRIMARY KEY,
	pack VARCHAR NOT NULL,
	definition VARCHAR NOT NULL,
	enabled BOOLEAN NOT NULL,
	updated_at TIMESTAMP NOT NULL
);

-- Reviewer labels on messages. Written by the app only (src/lib/db/queries/tags.ts), never to messages themselves.
CREATE TABLE IF NOT EXISTS tags (
	message_id BIGINT NOT NULL,
	tag VARCHAR NOT NULL,                -- 'responsive', 'privileged', 'escalate', 'false positive', or the reviewer's own
	reviewer VARCHAR NOT NULL,           -- who tagged (the audit trail's reviewer name)
	created_at TIMESTAMP NOT NULL,       -- UTC
	PRIMARY KEY (message_id, tag)
);

CREATE TABLE IF NOT EXISTS notes (
	id INTEGER PRIMARY KEY,
	message_id BIGINT,                   -- a note is on a message or a whole conversation
	conversation_id INTEGER,
	body VARCHAR NOT NULL,
	reviewer VARCHAR NOT NULL,
	created_at TIMESTAMP NOT NULL,       -- UTC
	updated_at TIMESTAMP                 -- UTC of the last edit, NULL when never edited
);

-- A review queue: the messages of a source (a search, a SQL statement, a saved query), or a seeded sample of them,
-- in the order they are reviewed. Kept so that a queue resumes after a reload, and a sample can be drawn again.
CREATE TABLE IF NOT EXISTS review_queues (
	id INTEGER PRIMARY KEY,
	name VARCHAR NOT NULL,
	source_kind VARCHAR NOT NULL,        -- 'search' | 'sql'
	source_text VARCHAR NOT NULL,        -- the search query or the SQL statement
	saved_query_id INTEGER,              -- saved_queries.id when opened from a saved query
	population INTEGER NOT NULL,         -- messages the source gave
	sample_spec VARCHAR,                 -- '25' or '10%' for a supervision sample, NULL for the whole source
	seed VARCHAR,                        -- the sample's seed (src/lib/review/sample.ts), NULL for the whole source
	message_ids BIGINT[] NOT NULL,       -- the queue, in review order
	reviewer VARCHAR NOT NULL,           -- who opened or drew it
	created_at TIMESTAMP NOT NULL
);

-- One decision per message of a queue: reviewed, with the tags it had when decided.
CREATE TABLE IF NOT EXISTS review_decisions (
	queue_id INTEGER NOT NULL,
	message_id BIGINT NOT NULL,
	decision VARCHAR NOT NULL,           -- 'reviewed'
	tags VARCHAR[] NOT NULL,             -- the message's tags at the decision
	reviewer VARCHAR NOT NULL,
	decided_at TIMESTAMP NOT NULL,
	PRIMARY KEY (queue_id, message_id)
);

-- A search, SQL statement or view kept by a reviewer (src/lib/saved/). What it runs is in plain columns, so other
-- parts of the app (the review queue) can read it: kind 'search' → search, kind 'sql' → sql, every kind → view.
CREATE TABLE IF NOT EXISTS saved_queries (
	id INTEGER PRIMARY KEY,
	name VARCHAR NOT NULL,
	description VARCHAR NOT NULL DEFAULT '',
	kind VARCHAR NOT NULL CHECK (kind IN ('search', 'sql', 'view')),
	search VARCHAR,                      -- the search query text (kind 'search')
	sql VARCHAR,                         -- the statement (kind 'sql'); reviewable when its result has a message_id column
	view VARCHAR,                        -- the view's URL inside the app (path and query string), built by src/lib/url-state
	tags VARCHAR[] NOT NULL,
	author VARCHAR NOT NULL,             -- the reviewer name when it was saved
	created_at TIMESTAMP NOT NULL,       -- UTC
	updated_at TIMESTAMP NOT NULL,       -- UTC
	row_count BIGINT,                    -- rows (search: hits) it gave when saved; NULL for a view
	result_digest VARCHAR,               -- SHA-256 of those rows (src/lib/saved/digest.ts); NULL for a view
	archive_sha256 VARCHAR[] NOT NULL    -- the archives in the workspace when it was saved
);

-- The audit trail: appended by the app only (src/lib/audit/), never by user SQL. Each entry is sealed with
-- hash = sha256(prev_hash || canonical JSON of {seq, time, actor, action, subject, details}); see src/lib/audit/chain.ts.
-- No key on seq: appends are serialised by the app, and a saved log edited to repeat a number must still load, so
-- that verification can name the entry rather than the restore failing as a whole.
CREATE TABLE IF NOT EXISTS audit_log (
	seq BIGINT NOT NULL,                 -- 1, 2, 3 … without gaps
	created_at TIMESTAMP NOT NULL,       -- UTC; hashed as 'YYYY-MM-DDTHH:MM:SS.ffffffZ'
	actor VARCHAR NOT NULL,              -- the reviewer name set in the app ('unnamed reviewer' until one is set)
	action VARCHAR NOT NULL,             -- e.g. 'import.loaded', 'query.run', 'export.downloaded', 'tag.added'
	subject VARCHAR NOT NULL,            -- what it acted on, e.g. 'archive:3', 'message:1042', 'query'
	detail VARCHAR NOT NULL,             -- the details as canonical JSON
	prev_hash VARCHAR NOT NULL,          -- the previous entry's hash, 64 zeros for entry 1
	hash VARCHAR NOT NULL                -- sha256 hex, lowercase
);

INSERT INTO meta VALUES ('schema_version', '${SCHEMA_VERSION}') ON CONFLICT DO NOTHING;
`;

export const TABLES = [
	'meta',
	'archives',
	'conversations',
	'participants',
	'identities',
	'identity_members',
	'messages',
	'attachments',
	'media_files',
	'unparsed_lines',
	'risk_hits',
	'search_hits',
	'policies',
	'tags',
	'notes',
	'review_queues',
	'review_decisions',
	'saved_queries',
	'audit_log'
] as const;
