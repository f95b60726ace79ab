#!/usr/bin/python3
# Reads an XLSX file with openpyxl (an independent reader) and prints it as JSON:
# {"sheets": [{"name", "freeze", "filter", "rows": [[{"v": value, "t": data_type}]]}]}
import json
import sys

import openpyxl


def main(path):
    wb = openpyxl.load_workbook(path)
    sheets = []
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows():
            rows.append([{"v": "" if c.value is None else str(c.value), "t": c.data_type} for c in row])
        sheets.append({"name": ws.title, "freeze": ws.freeze_panes or "",
                       "filter": ws.auto_filter.ref or "", "rows": rows})
    json.dump({"sheets": sheets}, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main(sys.argv[1])
