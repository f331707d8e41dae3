#!/usr/bin/env python3
"""Makes the real-layout fixtures of tests/data/real-files: recommendation tables laid out the way provincial
departments send them (an 附件 line and a title above the header, 序号, headers with * and remarks and line breaks,
one 推荐单位 cell merged over a province's rows, a 填表说明 row under the data), an expert roster out of an expert
database, and the same tables as other producers write them:

  applications-libreoffice.xlsx  written by LibreOffice Calc (soffice --headless --convert-to xlsx) from a flat
                                 ODS made here (applications.fods, kept so the input is on record)
  applications-openpyxl.xlsx     written by openpyxl (merged cells, a number stored as a number)
  applications-gb18030.csv       the same layout as Excel saves CSV on Chinese Windows (no merged cells there)
  experts-openpyxl.xlsx          an expert database export: 序号, 职称, 手机, 电子邮箱, 身份证号, codes as numbers
                                 shown with the format 000
  experts-libreoffice.xlsx       the same roster through LibreOffice
  committee-libreoffice.xlsx     a deliberation committee roster through LibreOffice: a title row, 序号, 职称 and
                                 手机 columns, roles written 主任委员/副主任委员/委员/秘书, a 注 row under it
  calendar-openpyxl.xlsx         a year's holidays as a secretary types them in Excel: real date cells (serial
                                 numbers with a date format), 放假/上班, a title row

The committed files are the reference; run this (Debian: libreoffice-calc-nogui, python3-openpyxl) only to
rebuild them. Tests never need LibreOffice or openpyxl.
"""
import os
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def credit_code(first17):
    """A unified social credit code with its GB 32100 check character."""
    total, weight = 0, 1
    for c in first17:
        total += ALPHABET.index(c) * weight
        weight = weight * 3 % 31
    return first17 + ALPHABET[(31 - total % 31) % 31]


# (recommender as the department writes it, applicant, credit code's first 17, province cell, sector, title, order)
APPLICATIONS = [
    ("江苏省工业和信息化厅", "示例智能装备（苏州）有限公司", "91320500MA1AAAA01", "江苏", "装备制造", "柔性产线快速换产", 1),
    ("江苏省工业和信息化厅", "示例新材料股份有限公司", "91320200MA1AAAA02", "江苏省", "原材料", "先进过程控制", 2),
    ("江苏省工业和信息化厅", "示例电子科技有限公司", "91320100MA1AAAA03", "江苏省南京市", "电子信息", "在线智能检测", 3),
    ("浙江省经济和信息化厅", "示例汽车零部件有限公司", "91330100MA2AAAA04", "浙江省", "装备制造", "质量精准追溯", 1),
    ("浙江省经济和信息化厅", "示例纺织集团有限公司", "91330600MA2AAAA05", "浙江", "消费品", "车间智能排产", 2),
    ("宁波市经济和信息化局", "示例模具制造有限公司", "91330200MA2AAAA06", "宁波市", "装备制造", "设备故障诊断与预测", 1),
    ("上海市经济和信息化委员会", "示例生物医药有限公司", "91310000MA1AAAA07", "上海市", "消费品", "能源智能管控", 1),
    ("新疆生产建设兵团工业和信息化局", "示例棉业有限公司", "91659001MA7AAAA08", "新疆生产建设兵团", "消费品", "仓储智能管理", 1),
    ("中国石油天然气集团有限公司", "示例石化分公司", "91110000MA0AAAA09", "北京市", "原材料", "安全一体化管控", 1),
    ("国务院国资委", "示例能源研究院有限公司", "91110000MA0AAAA10", "北京市", "原材料", "碳资产全生命周期管理", 2),
]
HEADER = ["序号", "推荐单位", "*申报单位名称", "统一社会\n信用代码", "所在省份", "所属行业", "项目名称（必填）", "推荐顺序"]
TITLE = "2025年度智能制造优秀场景推荐汇总表"
NOTE = "填表说明：1. 每个推荐单位按推荐顺序填写；2. 统一社会信用代码为18位；3. 本表由推荐单位盖章后报送。"

EXPERTS = [
    (1, "张伟", "教授级高级工程师", "示例大学", "北京市海淀区", "装备制造、工业互联网", "13800000001", "zw@example.cn"),
    (2, "李娜", "教授", "示例理工大学", "浙江省杭州市", "人工智能", "13800000002", "ln@example.cn"),
    (17, "王强", "高级工程师", "示例研究院", "江苏省", "电子信息", "13800000017", "wq@example.cn"),
]
EXPERT_HEADER = ["序号", "专家编号", "姓名", "职称", "工作单位", "所在地", "研究方向", "手机", "电子邮箱", "身份证号"]


def rows():
    out = []
    for i, (rec, name, code17, province, sector, title, order) in enumerate(APPLICATIONS, 1):
        out.append([str(i), rec, name, credit_code(code17), province, sector, title, str(order)])
    return out


def write_openpyxl():
    import openpyxl
    from openpyxl.styles import Alignment

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "推荐汇总表"
    ws.append(["附件2"])
    ws.append([TITLE])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(HEADER))
    ws.append(HEADER)
    ws.cell(row=3, column=4).alignment = Alignment(wrap_text=True)
    data = rows()
    for r in data:
        row = list(r)
        row[0] = int(row[0])   # 序号 and 推荐顺序 as numbers, as Excel keeps them
        row[7] = int(row[7])
        ws.append(row)
    # One 推荐单位 cell over each province's rows: the value is written in the first row only.
    first = 4
    for i in range(1, len(data) + 1):
        if i == len(data) or data[i][1] != data[i - 1][1]:
            last = 3 + i
            for r in range(first + 1, last + 1):
                ws.cell(row=r, column=2).value = None
            if last > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
            first = last + 1
    ws.append([])
    ws.append([NOTE])
    wb.save(os.path.join(HERE, "applications-openpyxl.xlsx"))

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["专家库导出"])
    ws.append(EXPERT_HEADER)
    for i, (code, name, title, org, place, fields, phone, mail) in enumerate(EXPERTS, 1):
        ws.append([i, code, name, title, org, place, fields, phone, mail, "110101199001011234"])
        ws.cell(row=ws.max_row, column=2).number_format = "000"  # 专家编号 001, stored as the number 1
    wb.save(os.path.join(HERE, "experts-openpyxl.xlsx"))


def write_calendar():
    import datetime
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2027年部分节假日安排"])
    ws.append(["日期", "类型", "说明"])
    for day, kind, note in [(datetime.date(2027, 1, 1), "放假", "元旦"), (datetime.date(2027, 2, 6), "放假", "春节"),
                            (datetime.date(2027, 2, 14), "上班", "春节调休")]:
        ws.append([day, kind, note])
        ws.cell(row=ws.max_row, column=1).number_format = "yyyy/m/d"
    wb.save(os.path.join(HERE, "calendar-openpyxl.xlsx"))


def fods(table_rows, merges, name):
    """A flat ODS document: one sheet, text and numbers, merged ranges given as (row, col, rows, cols)."""
    spans = {(r, c): (rs, cs) for r, c, rs, cs in merges}
    covered = set()
    for r, c, rs, cs in merges:
        for dr in range(rs):
            for dc in range(cs):
                if dr or dc:
                    covered.add((r + dr, c + dc))
    body = []
    for r, row in enumerate(table_rows):
        cells = []
        for c, value in enumerate(row):
            if (r, c) in covered:
                cells.append("<table:covered-table-cell/>")
                continue
            attrs = ""
            if (r, c) in spans:
                rs, cs = spans[(r, c)]
                attrs = f' table:number-rows-spanned="{rs}" table:number-columns-spanned="{cs}"'
            if isinstance(value, int):
                cells.append(f'<table:table-cell office:value-type="float" office:value="{value}"{attrs}>'
                             f"<text:p>{value}</text:p></table:table-cell>")
            elif value == "":
                cells.append(f"<table:table-cell{attrs}/>")
            else:
                paragraphs = "".join(f"<text:p>{escape(p)}</text:p>" for p in value.split("\n"))
                cells.append(f'<table:table-cell office:value-type="string"{attrs}>{paragraphs}</table:table-cell>')
        body.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="{name}">
{"".join(body)}
</table:table></office:spreadsheet></office:body></office:document>
"""


def write_libreoffice():
    data = rows()
    table = [["附件2"] + [""] * 7, [TITLE] + [""] * 7, HEADER]
    merges = [(1, 0, 1, len(HEADER))]
    first = 0
    for i, r in enumerate(data):
        row = list(r)
        row[0] = int(row[0])
        row[7] = int(row[7])
        if i > first and data[i][1] == data[first][1]:
            row[1] = ""
        else:
            first = i
        table.append(row)
    # The merges of 推荐单位 over each recommender's rows.
    i = 0
    while i < len(data):
        j = i
        while j + 1 < len(data) and data[j + 1][1] == data[i][1]:
            j += 1
        if j > i:
            merges.append((3 + i, 1, j - i + 1, 1))
        i = j + 1
    table.append([""] * 8)
    table.append([NOTE] + [""] * 7)
    expert_table = [["专家库导出"] + [""] * 9, EXPERT_HEADER]
    for i, (code, name, title, org, place, fields, phone, mail) in enumerate(EXPERTS, 1):
        expert_table.append([i, "%03d" % code, name, title, org, place, fields, phone, mail, "110101199001011234"])
    soffice = shutil.which("soffice")
    if not soffice:
        sys.exit("soffice not found: apt install libreoffice-calc-nogui")
    with tempfile.TemporaryDirectory() as tmp:
        for stem, content in (("applications", fods(table, merges, "推荐汇总表")),
                              ("experts", fods(expert_table, [], "专家"))):
            source = os.path.join(tmp, stem + "-libreoffice.fods")
            with open(source, "w", encoding="utf-8") as f:
                f.write(content)
            if stem == "applications":
                shutil.copy(source, os.path.join(HERE, "applications.fods"))
            subprocess.run([soffice, "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                            "--convert-to", "xlsx", "--outdir", HERE, source], check=True,
                           stdout=subprocess.DEVNULL)


COMMITTEE_HEADER = ["序号", "姓名", "工作单位", "职称", "委员会\n职务", "手机"]
COMMITTEE = [
    ("王建国", "清华大学", "教授", "主任委员", "13800000001"),
    ("李红", "中国电子技术标准化研究院", "研究员", "副主任委员", "13800000002"),
    ("张伟", "上海交通大学", "教授", "委员", "13800000003"),
    ("刘洋", "中国信息通信研究院", "正高级工程师", "委员", "13800000004"),
    ("陈静", "浙江大学", "教授", "委员", "13800000005"),
    ("赵敏", "工业和信息化部装备工业一司", "", "秘书", "13800000006"),
]


def write_committee():
    table = [["智能制造试点项目评审委员会名单"] + [""] * 5, COMMITTEE_HEADER]
    for i, (name, org, title, role, phone) in enumerate(COMMITTEE, 1):
        table.append([i, name, org, title, role, phone])
    table.append(["注：秘书负责会议记录，不参加表决。"] + [""] * 5)
    soffice = shutil.which("soffice")
    if not soffice:
        sys.exit("soffice not found: apt install libreoffice-calc-nogui")
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "committee-libreoffice.fods")
        with open(source, "w", encoding="utf-8") as f:
            f.write(fods(table, [(0, 0, 1, 6)], "委员会"))
        subprocess.run([soffice, "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--convert-to", "xlsx", "--outdir", HERE, source], check=True, stdout=subprocess.DEVNULL)


def write_csv():
    lines = ["附件2", TITLE, ",".join('"%s"' % h if "\n" in h else h for h in HEADER)]
    for r in rows():
        lines.append(",".join(r))
    lines.append(NOTE)
    text = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(HERE, "applications-gb18030.csv"), "wb") as f:
        f.write(text.encode("gb18030"))


if __name__ == "__main__":
    if sys.argv[1:] == ["committee"]:  # only the committee roster (needs LibreOffice only)
        write_committee()
        sys.exit(0)
    write_committee()
    write_openpyxl()
    write_libreoffice()
    write_csv()
    write_calendar()
