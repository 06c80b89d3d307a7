// Markdown for job summaries and pull-request comments.

/** Text in a table cell: a `|` would end the cell, a line break the row. */
export const markdownCell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
