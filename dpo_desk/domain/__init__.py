"""Plain values shared by the core: enums, parsing and formatting of dates and times."""
