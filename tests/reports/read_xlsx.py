#!/usr/bin/python3
# Reads an XLSX file with openpyxl (an independent reader) and prints it as JSON:
# {"sheets": [{"name", "freeze", "filter", "print": {...}, "rows": [[{"v": value, "t": data_type}]]}]}
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
        setup = ws.page_setup
        printing = {"orientation": setup.orientation or "", "paper": str(setup.paperSize or ""),
                    "fit_to_page": bool(ws.sheet_properties.pageSetUpPr is not None
                                        and ws.sheet_properties.pageSetUpPr.fitToPage),
                    # absent fitToWidth / fitToHeight mean 1 (ECMA-376 default)
                    "fit_width": str(setup.fitToWidth if setup.fitToWidth is not None else 1),
                    "fit_height": str(setup.fitToHeight if setup.fitToHeight is not None else 1),
                    "title_rows": ws.print_title_rows or "",
                    "header_left": ws.oddHeader.left.text or "", "header_right": ws.oddHeader.right.text or "",
                    "footer_center": ws.oddFooter.center.text or ""}
        sheets.append({"name": ws.title, "freeze": ws.freeze_panes or "",
                       "filter": ws.auto_filter.ref or "", "print": printing, "rows": rows})
    json.dump({"sheets": sheets}, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main(sys.argv[1])
