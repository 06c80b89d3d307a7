/** Text in a table cell: a `|` would end the cell, a line break the row. */
export declare const markdownCell: (s: string) => string;
