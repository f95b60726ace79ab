#!/usr/bin/python3
# Reads an ODT package with Python's zipfile and ElementTree (independent readers) and prints
# what an office suite needs from it as JSON: the entries (each checked against its CRC),
# whether "mimetype" comes first and stored, the manifest, the page layout of the default
# master page, and the page header and footer.
import json
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}


def q(prefix, name):
    return "{%s}%s" % (NS[prefix], name)


def main(path):
    z = zipfile.ZipFile(path)
    out = {"bad_entry": z.testzip() or "", "entries": z.namelist()}
    first = z.infolist()[0]
    out["mimetype_first_stored"] = first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    out["mimetype"] = z.read("mimetype").decode()
    manifest = ET.fromstring(z.read("META-INF/manifest.xml"))
    out["manifest"] = [e.get(q("manifest", "full-path")) for e in manifest.findall("manifest:file-entry", NS)]
    ET.fromstring(z.read("content.xml"))  # well-formed
    styles = ET.fromstring(z.read("styles.xml"))
    master = styles.find("office:master-styles/style:master-page[@style:name='Standard']", NS)
    layout_name = master.get(q("style", "page-layout-name"))
    props = None
    for layout in styles.iter(q("style", "page-layout")):
        if layout.get(q("style", "name")) == layout_name:
            props = layout.find("style:page-layout-properties", NS)
    out["page"] = {"width": props.get(q("fo", "page-width")), "height": props.get(q("fo", "page-height")),
                   "orientation": props.get(q("style", "print-orientation"))}
    header = master.find("style:header/text:p", NS)
    footer = master.find("style:footer/text:p", NS)
    out["header"] = "".join(header.itertext())
    out["footer"] = "".join(footer.itertext())
    out["footer_fields"] = [child.tag.split("}")[1] for child in footer]
    json.dump(out, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main(sys.argv[1])
