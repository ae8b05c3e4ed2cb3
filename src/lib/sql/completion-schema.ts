/** The schema as CodeMirror's SQL completion wants it: table name → column names. */
export interface SchemaColumn {
	table_name: string;
	column_name: string;
}

export function completionSchema(columns: SchemaColumn[]): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const c of columns) (out[c.table_name] ??= []).push(c.column_name);
	return out;
}
