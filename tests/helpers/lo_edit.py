"""Edit an .xlsx the way a user does in a real spreadsheet: LibreOffice Calc over UNO.

Usage: /usr/bin/python3 lo_edit.py PIPE_NAME IN.xlsx OUT.xlsx OPS.json
OPS.json: [{"op": "insertRow", "sheet": "表2", "row": 9},            # 0-based, inserts before row
           {"op": "set", "sheet": "表2", "row": 9, "col": 0, "text": "2101199"},
           {"op": "set", "sheet": "表2", "row": 9, "col": 2, "number": 12.34},
           {"op": "set", "sheet": "表2", "row": 9, "col": 4, "formula": "=C10+D10"}]
Connects to a soffice already listening on the named pipe, applies the operations in order
(row insertion adjusts every formula as Calc does), recalculates everything and saves as .xlsx.
"""
import json
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    last = None
    for _ in range(200):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception as e:  # soffice still starting
            last = e
            time.sleep(0.1)
    raise RuntimeError(f"cannot connect to soffice: {last}")


def main():
    pipe, src, dst, ops_path = sys.argv[1:5]
    ctx = connect(pipe)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (prop("Hidden", True),))
    with open(ops_path, encoding="utf-8") as f:
        ops = json.load(f)
    sheets = doc.getSheets()
    for op in ops:
        sheet = sheets.getByName(op["sheet"])
        if op["op"] == "insertRow":
            sheet.getRows().insertByIndex(op["row"], 1)
        elif op["op"] == "set":
            cell = sheet.getCellByPosition(op["col"], op["row"])
            if "text" in op:
                cell.setString(op["text"])
            elif "formula" in op:
                cell.setFormula(op["formula"])
            else:
                cell.setValue(op["number"])
        else:
            raise ValueError(op)
    doc.calculateAll()
    doc.storeToURL(uno.systemPathToFileUrl(dst), (prop("FilterName", "Calc MS Excel 2007 XML"),))
    doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass  # the bridge drops when soffice exits


if __name__ == "__main__":
    main()
