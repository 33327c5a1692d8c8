"""Ingest reads what people have: HTML, PDF, plain text and Markdown, in nested folders;
every file it leaves out is listed with the reason, and an empty find is never silent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.ingest_files import find_files, read_checked
from api.ingest_runner import run_ingest
from graph.stores.falkor import FalkorStore
from graph.stores.falkor_server import stop_server
from tests.api.conftest import API_KEY

HTML = """<!doctype html><html><head><title>Treasury Sanctions Facilitators</title>
<meta name="dc.date" content="2025-07-08"><style>p{}</style><script>alert(1)</script></head>
<body><nav><a href="/">Home</a> | <a href="/press">Press releases</a></nav>
<main><h1>Treasury Sanctions Facilitators</h1>
<p>The Department of the Treasury sanctioned Acme Widgets Ltd on Tuesday.</p></main>
<footer>Site map | Contact</footer></body></html>
"""
TEXT = ("Justice Department Charges Two Men\nMarch 5, 2025\n\n"
        "The Department of Justice charged two men with wire fraud.\n")


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds `lines` (Helvetica), built by hand."""
    ops = ["BT", "/F1 12 Tf", "72 720 Td"]
    for line in lines:
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops += [f"({safe}) Tj", "0 -16 Td"]
    stream = "\n".join([*ops, "ET"]).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            ).encode()
    return bytes(out)


@pytest.fixture
def nested(tmp_path: Path) -> Path:
    root = tmp_path / "inbox"
    (root / "2025" / "march").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("x")
    (root / "2025" / "march" / "charges.txt").write_text(TEXT)
    (root / "2025" / "treasury.html").write_text(HTML)
    (root / "2025" / "march" / "notice.pdf").write_bytes(pdf_bytes([
        "Warning About Remote IT Workers", "The FBI warned companies about remote workers."]))
    (root / "notes.md").write_text("---\nlanguage: en\n---\n# Field notes\n\n"
                                   "The FBI warned companies again.\n")
    (root / "photo.png").write_bytes(b"\x89PNG\r\n")
    (root / ".DS_Store").write_bytes(b"\x00\x01")
    return root


def test_nested_folder_is_read_and_skips_are_listed(nested: Path) -> None:
    found = find_files([nested])
    names = sorted(p.name for p in found.files)
    assert names == ["charges.txt", "notes.md", "notice.pdf", "treasury.html"]
    skipped = dict(found.skipped)
    assert "not a document format" in skipped[str(nested / "photo.png")]
    assert skipped[str(nested / ".DS_Store")] == "hidden file"
    assert skipped[str(nested / ".git")] == "hidden folder"
    docs = {p.name: read_checked(p) for p in found.files}
    html = docs["treasury.html"]
    assert html.meta.title == "Treasury Sanctions Facilitators" and html.meta.date == "2025-07-08"
    assert "sanctioned Acme Widgets Ltd" in html.body
    assert "alert" not in html.body and "Press releases" not in html.body
    assert "Site map" not in html.body
    text = docs["charges.txt"]
    assert text.meta.title == "Justice Department Charges Two Men"
    assert text.meta.date == "2025-03-05" and text.meta.id == "charges"
    pdf = docs["notice.pdf"]
    assert pdf.meta.title == "Warning About Remote IT Workers"
    assert "The FBI warned companies about remote workers." in pdf.body
    assert docs["notes.md"].meta.title == "Field notes"


def test_nested_folder_is_ingested(nested: Path, falkor_store: FalkorStore) -> None:
    summary = run_ingest(falkor_store, [nested], progress=False)
    assert summary.failures == [] and summary.written == 4
    assert len(summary.skipped) == 3
    titles = {r["title"] for r in falkor_store.run(
        "MATCH (d:Document) RETURN d.title AS title")}
    assert "Treasury Sanctions Facilitators" in titles
    assert "Warning About Remote IT Workers" in titles


@pytest.fixture
def own_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data = tmp_path / "data"
    monkeypatch.setenv("TKG_DATA_DIR", str(data))
    yield data
    stop_server(data)


def test_zero_documents_is_never_silent(tmp_path: Path, own_data: Path) -> None:
    from api.cli import app

    folder = tmp_path / "only-images"
    folder.mkdir()
    (folder / "scan.png").write_bytes(b"\x89PNG")
    (folder / "sheet.xlsx").write_bytes(b"PK")
    result = CliRunner().invoke(app, ["ingest", str(folder)])
    assert result.exit_code == 1
    output = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert "no documents found" in output
    assert "scan.png" in output and "sheet.xlsx" in output


def test_files_can_be_posted(client: TestClient) -> None:
    headers = {"X-API-Key": API_KEY}
    pdf = client.post("/api/documents/file", headers=headers,
                      files={"file": ("notice.pdf", pdf_bytes(
                          ["FBI Notice", "The FBI warned companies about remote workers."]),
                          "application/pdf")})
    assert pdf.status_code == 200, pdf.text
    html = client.post("/api/documents/file", headers=headers,
                       files={"file": ("page.html", HTML.encode(), "text/html")})
    assert html.status_code == 200, html.text
    assert pdf.json()["doc_id"] != html.json()["doc_id"]
    page = client.get(f"/api/documents/{html.json()['doc_id']}").json()
    assert page["title"] == "Treasury Sanctions Facilitators"
    bad = client.post("/api/documents/file", headers=headers,
                      files={"file": ("x.pdf", b"%PDF-1.4 broken", "application/pdf")})
    assert bad.status_code == 422 and "PDF" in bad.json()["detail"]
