#!/usr/bin/env python3
"""Builds the .docx fixtures of the import tests into OUT_DIR (run at test time).

python-docx (Debian python3-docx) writes the documents as Word would; what it has no API
for (list numbering in chineseCounting, a text box, w:tblHeader) is added as the WordprocessingML
that Word itself writes (ECMA-376 Part 1 §17.9 numbering, §17.4 tables, VML text boxes).
   python3 make_docx_fixtures.py OUT_DIR
"""
import copy
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

W = nsdecls("w")


def add_list(doc, num_id, levels):
    """Adds w:abstractNum `num_id` holding the w:lvl elements `levels`, and w:num `num_id`."""
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="{num_id}">{levels}</w:abstractNum>')
    # abstractNum elements come before num elements (CT_Numbering's sequence).
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(
        f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))
    return num_id


def add_numbering(doc):
    """A list whose level 0 is 一、 and level 1 is （一）, as Word's 中文编号 writes it."""
    return add_list(doc, 90,
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="（%2）"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%3."/></w:lvl>')


def numbered(doc, text, num_id, level):
    p = doc.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


def title_paragraph(doc, text):
    """The title as Word users set it: centred, bold, 22 pt."""
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(text)
    run.bold = True
    run.font.size = Pt(22)


def text_box(paragraph, lines, red=True):
    """A VML text box holding `lines`, anchored in `paragraph` (a masthead drawn in a box)."""
    color = '<w:rPr><w:color w:val="FF0000"/><w:sz w:val="44"/></w:rPr>' if red else ""
    inner = "".join(f"<w:p><w:r>{color}<w:t>{t}</w:t></w:r></w:p>" for t in lines)
    run = parse_xml(
        f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
        f'<v:shape style="width:400pt;height:60pt"><v:textbox><w:txbxContent>{inner}'
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")
    paragraph._p.append(run)


def notice(path):
    doc = Document()
    num = add_numbering(doc)
    text_box(doc.add_paragraph(), ["某某市教育局文件"])
    doc.add_paragraph("某教发〔2023〕12号").alignment = WD_ALIGN_PARAGRAPH.CENTER
    title_paragraph(doc, "关于表彰2023年度先进集体的决定")
    doc.add_paragraph("各区县教育局，局属各学校：")
    doc.add_paragraph("2023年，全市教育系统广大干部职工锐意进取，涌现出一批先进集体。")
    numbered(doc, "表彰范围", num, 0)
    doc.add_paragraph("经研究，决定对以下单位予以表彰。")
    numbered(doc, "先进集体名单", num, 1)
    table = doc.add_table(rows=4, cols=3)
    cells = [["序号", "单位", "类别"], ["1", "青溪市第一中学", "中学"],
             ["2", "青溪市实验小学", "小学"], ["合计", "", "2"]]
    for r, row in enumerate(cells):
        for c, t in enumerate(row):
            table.cell(r, c).text = t
    table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {W}/>"))
    table.cell(1, 2).merge(table.cell(2, 2))       # 中学/小学 → one cell over two rows
    table.cell(3, 0).merge(table.cell(3, 1))       # 合计 over two columns
    table.cell(1, 2).text = "中学、小学"
    numbered(doc, "工作要求", num, 0)
    doc.add_paragraph("希望受表彰的单位珍惜荣誉，再接再厉。")
    lead = doc.add_paragraph()
    lead.add_run("一是发挥示范作用。").bold = True   # a bold lead sentence: <strong>
    lead.add_run("各单位要总结经验，带动全局。")
    doc.add_paragraph("某某市教育局")
    doc.add_paragraph("2023年12月20日")
    doc.add_paragraph("抄送：市委教育工委，市人力资源社会保障局。")
    doc.add_paragraph("某某市教育局办公室    2023年12月21日印发")
    doc.save(path)


def ten_pages(path):
    """About ten pages of body text (22 × 28 characters a page) under numbered headings."""
    doc = Document()
    num = add_numbering(doc)
    doc.add_paragraph("某某市人民政府办公室")
    doc.add_paragraph("关于做好全市安全生产工作的通知")
    doc.add_paragraph("各区县人民政府，市政府各部门：")
    sentence = "各单位要认真落实安全生产责任制，加强隐患排查治理，确保安全形势持续稳定。"
    for h in range(10):
        numbered(doc, f"第{h + 1}项重点工作的要求", num, 0)
        for _ in range(4):
            numbered(doc, "明确工作责任", num, 1)
            doc.add_paragraph(sentence * 4)
    doc.add_paragraph("某某市人民政府办公室")
    doc.add_paragraph("2023年5月6日")
    doc.save(path)


def style_numbering(doc):
    """Word's 多级列表 linked to the heading styles: 一、 on Heading 1, （一） on Heading 2.

    The numPr sits in styles.xml only (ECMA-376 §17.7.4.3 basedOn, §17.3.1.19 numPr):
    Heading 1 carries numId and ilvl 0; Heading 2 is based on Heading 1 and sets only ilvl 1
    (its numId is inherited); GwSub is based on Heading 2 with no numPr of its own; LoopA and
    LoopB are based on each other (a cycle the importer must survive)."""
    add_list(doc, 91,
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:pStyle w:val="Heading1"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:pStyle w:val="Heading2"/><w:lvlText w:val="（%2）"/></w:lvl>')
    styles = doc.styles.element
    for style in styles.findall(qn("w:style")):
        sid = style.get(qn("w:styleId"))
        if sid not in ("Heading1", "Heading2"):
            continue
        ppr = style.find(qn("w:pPr"))
        num_pr = ('<w:ilvl w:val="0"/><w:numId w:val="91"/>' if sid == "Heading1"
                  else '<w:ilvl w:val="1"/>')
        # After keepNext/keepLines, before spacing (CT_PPrBase's sequence).
        ppr.find(qn("w:keepLines")).addnext(parse_xml(f"<w:numPr {W}>{num_pr}</w:numPr>"))
        if sid == "Heading2":
            style.find(qn("w:basedOn")).set(qn("w:val"), "Heading1")
    for sid, base in (("GwSub", "Heading2"), ("LoopA", "LoopB"), ("LoopB", "LoopA")):
        styles.append(parse_xml(
            f'<w:style {W} w:type="paragraph" w:customStyle="1" w:styleId="{sid}">'
            f'<w:name w:val="{sid}"/><w:basedOn w:val="{base}"/></w:style>'))


def styled(doc, text, style_id, own_num_pr=""):
    p = doc.add_paragraph(text)
    p._p.get_or_add_pPr().insert(0, parse_xml(
        f'<w:pStyle {W} w:val="{style_id}"/>'))
    if own_num_pr:
        p._p.get_or_add_pPr().append(parse_xml(f"<w:numPr {W}>{own_num_pr}</w:numPr>"))
    return p


def style_numbered(path):
    """Headings numbered only through their styles, one switched off with numId 0."""
    doc = Document()
    style_numbering(doc)
    title_paragraph(doc, "关于做好防汛工作的通知")
    doc.add_paragraph("各区县人民政府，市政府各部门：")
    doc.add_paragraph("为做好今年防汛工作，现将有关事项通知如下。")
    styled(doc, "总体要求", "Heading1")
    doc.add_paragraph("坚持人民至上、生命至上，全力保障群众安全。")
    styled(doc, "压实责任", "Heading2")
    doc.add_paragraph("各级各部门要层层压实防汛责任。")
    styled(doc, "加强监测", "Heading2")
    doc.add_paragraph("气象水文部门要加密监测频次。")
    styled(doc, "重点任务", "Heading1")
    styled(doc, "排查隐患", "Heading2")
    # Heading 2's look, but its own numPr switches the style's numbering off.
    styled(doc, "各单位要对照清单逐项整改。", "Heading2", '<w:ilvl w:val="0"/><w:numId w:val="0"/>')
    styled(doc, "落实保障", "GwSub")
    styled(doc, "各单位要加强值班值守。", "LoopA")
    doc.add_paragraph("某某市人民政府办公室")
    doc.add_paragraph("2023年6月1日")
    doc.save(path)


def package_with_document(path, document_xml, base):
    """`base` with its word/document.xml replaced (compressed)."""
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = document_xml if item.filename == "word/document.xml" else src.read(item)
            out.writestr(item.filename, data)


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    notice(out / "notice.docx")
    ten_pages(out / "ten-pages.docx")
    style_numbered(out / "style-numbered.docx")
    data = (out / "notice.docx").read_bytes()
    (out / "truncated.docx").write_bytes(data[: len(data) // 2])
    # A part whose compressed bytes are damaged (its CRC no longer matches).
    with zipfile.ZipFile(out / "notice.docx") as z:
        info = z.getinfo("word/document.xml")
    damaged = bytearray(data)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for k in range(start + 16, start + 48):
        damaged[k] ^= 0x5A
    (out / "damaged-part.docx").write_bytes(bytes(damaged))
    package_with_document(out / "invalid-xml.docx", b"<w:document><w:body><w:p>", out / "notice.docx")
    # 50 MB of well-formed document.xml (one paragraph repeated): over the 16 MiB cap.
    para = '<w:p><w:r><w:t>各单位要认真落实安全生产责任制。</w:t></w:r></w:p>'.encode()
    big = (f'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body>").encode() + para * (50_000_000 // len(para)) + b"</w:body></w:document>"
    package_with_document(out / "big-document.docx", big, out / "notice.docx")
    # A zip bomb: 64 kB that inflate to 64 MiB of zeros, four times the cap.
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b"\0" * (1 << 20)
            for _ in range(64):
                f.write(chunk)
    (out / "bomb.docx").write_bytes(bomb.getvalue())


if __name__ == "__main__":
    main()
