"""`orbat serve`: the JSON API and pages on a store of the seed and the dev set, the review actions
and their history, the token rules, and untrusted text and search input."""
from __future__ import annotations

import shutil
import warnings

import pytest
from sqlalchemy import select

from orbat.cli import main
from orbat.ingest import ingest
from orbat.serve.app import create_app
from orbat.sources import iter_records
from orbat.store import open_store
from orbat.store.schema import entities
from orbat.store.views import show

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice that its client prefers httpx2
    from fastapi.testclient import TestClient

XSS = '<script>window.__xss=1</script>'
XSS_IMG = '<img src=x onerror="window.__xss=1">'
ARTICLE = (f"Rebels of the {XSS} Brigade joined the Sham Legion in March 2020, a spokesman said.\n\n"
           f"The Falcons {XSS_IMG} Brigade, a unit of Jaysh al-Izza, fought the Syrian Arab Army near Kafr Nabl "
           "on 3 April 2020.\n")


def build_dev_store(path: str, shared) -> str:
    """A store of the seed page (published 2019-12-16) and the dev set, closed so it can be copied."""
    store = open_store(path)
    try:
        ingest(store, iter_records([str(shared / "seed" / "000_e7dce2f3373c69a2.txt")], published="2019-12-16"))
        ingest(store, iter_records([str(shared / "bench" / "dev")]))
    finally:
        store.close()
    return path


@pytest.fixture(scope="session")
def dev_db(shared, tmp_path_factory) -> str:
    return build_dev_store(str(tmp_path_factory.mktemp("serve") / "dev.db"), shared)


@pytest.fixture
def db(dev_db, tmp_path) -> str:
    """A copy of the dev store that a test may change."""
    return str(shutil.copy(dev_db, tmp_path / "dev.db"))


@pytest.fixture
def client(db):
    with TestClient(create_app(db), base_url="http://127.0.0.1") as c:
        yield c


def _id(client, name: str) -> int:
    return client.get("/api/search", params={"q": name}).json()["results"][0]["id"]


def _names(items) -> set[str]:
    return {it["name"] for it in items}


def test_search_finds_any_name(client):
    izza = _id(client, "Jaysh al-Izza")
    assert _id(client, "Army of Glory") == izza
    assert client.get("/api/search", params={"q": "  "}).json()["results"] == []
    page = client.get("/search", params={"q": "Jaish al-Ezzah"})
    assert page.status_code == 200 and f'href="/entities/{izza}"' in page.text


@pytest.mark.parametrize("q", ["' OR '1'='1", "x'; DROP TABLE entities; --", "%", "_", "\\", '"; SELECT * FROM claims; --',
                               "Izza' UNION SELECT id, name FROM entities --"])
def test_search_input_cannot_inject_sql(client, db, q):
    assert client.get("/api/search", params={"q": q}).status_code == 200
    assert client.get("/search", params={"q": q}).status_code == 200
    store = open_store(db)
    with store.read() as conn:
        assert conn.execute(select(entities.c.id)).first() is not None
    store.close()
    everything = client.get("/api/search", params={"q": "' OR '1'='1", "limit": 200}).json()["results"]
    assert everything == []


def test_orbat_over_october_2019(client, db):
    izza = _id(client, "Jaysh al-Izza")
    before = client.get(f"/api/entities/{izza}/orbat", params={"at": "2019-09"}).json()
    after = client.get(f"/api/entities/{izza}/orbat", params={"at": "2019-11-15"}).json()
    assert before["at"] == "2019-09-01" and "2019-10-01" in before["changes"]
    assert len(before["lists"]["units"]) == 10 and not after["lists"]["units"]
    labels = {n["label"]: n for n in before["graph"]["nodes"]}
    assert labels["al-Hamza Brigade"]["parent"] == str(izza) and labels["al-Hamza Brigade"]["claims"]
    assert "al-Hamza Brigade" not in {n["label"] for n in after["graph"]["nodes"]}
    assert {e["kind"] for e in before["graph"]["edges"]} >= {"ally", "enemy", "leader"}
    store = open_store(db)
    with store.read() as conn:
        view = show(conn, izza, "2019-09-01")
    store.close()
    for key, items in before["lists"].items():
        assert [it["name"] for it in items] == [it["name"] for it in view[key]], key


def test_fifth_division_appears_under_the_sham_legion(client):
    legion = _id(client, "Sham Legion")
    units = [_names(client.get(f"/api/entities/{legion}/orbat", params={"at": at}).json()["lists"]["units"])
             for at in ("2019-12-01", "2020-01-01")]
    assert "5th Division" not in units[0] and "5th Division" in units[1]


def test_timeline_rows_ranges_and_precision(client):
    izza = _id(client, "Jaysh al-Izza")
    data = client.get(f"/api/entities/{izza}/timeline").json()
    rows = {r["name"]: r["id"] for r in data["rows"]}
    assert data["rows"][0]["id"] == izza and "al-Hamza Brigade" in rows
    hamza = [it for it in data["items"] if it["row"] == rows["al-Hamza Brigade"]]
    member = next(it for it in hamza if it["kind"] == "relation" and it["relation"] == "part_of")
    assert member["to"] == {"value": "2019-10", "lo": "2019-10-01", "hi": "2019-10-31", "precision": "month"}
    left = next(it for it in hamza if it["kind"] == "event")
    assert left["from"]["precision"] == "month" and left["claims"]
    assert any(ev["type"] == "defection" for ev in data["events"])


def test_claim_evidence(client):
    izza = _id(client, "Jaysh al-Izza")
    ally = client.get(f"/api/entities/{izza}/orbat", params={"at": "2019-09"}).json()["lists"]["allies"][0]
    c = client.get(f"/api/claims/{ally['claims'][0]}").json()
    marked = [c["sentence"][m["start"]:m["end"]] for m in c["marks"]]
    assert "Hay’at Tahrir al-Sham" in marked
    assert c["document"]["title"] and c["modality"] == "reported" and c["status"] == "active"
    assert {"agree", "disagree", "corrections"} <= set(c)
    batch = client.get("/api/claims", params={"ids": f"{ally['claims'][0]},999999"}).json()
    assert [x["id"] for x in batch] == ally["claims"][:1]
    assert client.get("/api/claims/999999").status_code == 404
    assert client.get("/api/claims", params={"ids": "1;DROP"}).status_code == 422
    assert client.get(f"/claims/{c['id']}").status_code == 200


def test_documents_and_not_found(client):
    listing = client.get("/api/documents").json()
    assert listing["total"] == 26 and all(d["status"] == "stored" for d in listing["documents"])
    assert sum(d["relations"] + d["events"] for d in listing["documents"]) > 100
    doc = client.get(f"/api/documents/{listing['documents'][0]['id']}").json()
    assert doc["text"] and doc["claims"]
    for path in ("/api/documents/999999", "/api/entities/999999", "/api/entities/999999/orbat",
                 "/api/entities/999999/timeline", "/documents/999999", "/entities/999999", "/claims/999999"):
        assert client.get(path).status_code == 404, path
    assert client.get("/api/entities/1/orbat", params={"at": "October"}).status_code == 422
    assert client.get("/api/entities/1/orbat", params={"min_reliability": "Z"}).status_code == 422


def test_pages_answer(client):
    izza = _id(client, "Jaysh al-Izza")
    for path in ("/search", f"/entities/{izza}", f"/entities/{izza}?at=2019-09", "/documents", "/documents/1",
                 "/ingest", "/history", "/docs"):
        page = client.get(path)
        assert page.status_code == 200 and "text/html" in page.headers["content-type"], path
        assert "script-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/", follow_redirects=False).headers["location"] == "/search"
    assert "/openapi.json" in client.get("/docs").text
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/search", "/api/entities/{eid}/orbat", "/api/claims/{cid}/{verdict}", "/api/ingest"} <= set(paths)


def test_reject_is_logged_hidden_kept_and_undone(client):
    izza = _id(client, "Jaysh al-Izza")
    orbat = f"/api/entities/{izza}/orbat"
    ally = client.get(orbat, params={"at": "2019-09"}).json()["lists"]["allies"][0]
    cid = ally["claims"][0]
    done = client.post(f"/api/claims/{cid}/reject", data={"reason": "misread"}, headers={"X-Orbat-Actor": "ana"})
    assert done.status_code == 200
    assert not client.get(orbat, params={"at": "2019-09"}).json()["lists"]["allies"]
    assert client.get(f"/api/claims/{cid}").json()["status"] == "rejected"
    entry = client.get("/api/history").json()[0]
    assert (entry["action"], entry["actor"], entry["reason"], entry["claim"]["id"]) == ("reject", "ana", "misread", cid)
    assert entry["at"] and f'href="/claims/{cid}"' in client.get("/history").text
    assert client.post(f"/api/corrections/{entry['id']}/undo").status_code == 200
    assert client.get(orbat, params={"at": "2019-09"}).json()["lists"]["allies"]
    assert client.post(f"/api/corrections/{entry['id']}/undo").status_code == 400
    assert client.post("/api/claims/999999/reject", data={"reason": "x"}).status_code == 404


def test_confirm_and_edit(client):
    izza = _id(client, "Jaysh al-Izza")
    unit = client.get(f"/api/entities/{izza}/orbat", params={"at": "2019-09"}).json()["lists"]["units"][0]
    relation = next(c for c in unit["claims"] if client.get(f"/api/claims/{c}").json()["kind"] == "relation")
    assert client.post(f"/api/claims/{relation}/confirm", data={"reason": "checked"}).json()["status"] == "confirmed"
    edit = client.post(f"/api/claims/{relation}/edit", data={"valid_from": "2018-05", "reason": "older"})
    assert edit.status_code == 200
    assert client.get(f"/api/claims/{relation}").json()["valid_from"] == "2018-05"
    assert client.post(f"/api/claims/{relation}/edit", data={"valid_from": "soon"}).status_code == 422
    assert client.post(f"/api/claims/{relation}/edit", data={"modality": "sure"}).status_code == 422
    assert client.post(f"/api/claims/{relation}/edit", data={"reason": "nothing"}).status_code == 422
    assert [h["action"] for h in client.get(f"/api/claims/{relation}").json()["corrections"]] == ["confirm", "edit"]


def test_alias_merge_split_and_undo(client):
    izza, hts = _id(client, "Jaysh al-Izza"), _id(client, "Hay'at Tahrir al-Sham")
    added = client.post(f"/api/entities/{izza}/aliases", data={"alias": "Izza Army", "reason": "seen on X"}).json()
    assert _id(client, "Izza Army") == izza
    assert client.post(f"/api/entities/{izza}/aliases", data={"alias": "Izza Army"}).status_code == 400
    merged = client.post(f"/api/entities/{izza}/merge", data={"other": hts, "reason": "test"}).json()
    assert client.get(f"/api/entities/{hts}").json()["id"] == izza
    assert client.get(f"/entities/{hts}", follow_redirects=False).headers["location"] == f"/entities/{izza}"
    assert client.post(f"/api/entities/{izza}/merge", data={"other": izza}).status_code == 400
    client.post(f"/api/corrections/{merged['correction']}/undo")
    assert client.get(f"/api/entities/{hts}").json()["id"] == hts
    split = client.post(f"/api/entities/{izza}/split", data={"names": ["Army of Glory", "Army of Pride"]}).json()
    assert client.get(f"/api/entities/{split['entity']}").json()["name"] == "Army of Glory"
    assert "Army of Pride" not in client.get(f"/api/entities/{izza}").json()["aliases"]
    client.post(f"/api/corrections/{split['correction']}/undo")
    client.post(f"/api/corrections/{added['correction']}/undo")
    assert "Army of Pride" in client.get(f"/api/entities/{izza}").json()["aliases"]
    assert "Izza Army" not in client.get(f"/api/entities/{izza}").json()["aliases"]
    actions = [h["action"] for h in client.get("/api/history").json()]
    assert actions.count("undo") == 3 and {"alias", "merge", "split"} <= set(actions)


def test_token_rules(db):
    token = "s3cret-s3cret-s3cret"
    app = create_app(db, token=token, host="0.0.0.0", allowed_hosts=("orbat.example",))
    with TestClient(app, base_url="http://orbat.example") as c:
        url = "/api/entities/1/aliases"
        assert c.get("/api/entities/1").status_code == 401  # off loopback, reading needs the token too
        assert c.get("/api/entities/1", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        assert c.post(url, data={"alias": "A1"}).status_code == 401
        assert c.post(url, data={"alias": "A1"}, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.post(url, data={"alias": "A1"}, headers={"Authorization": f"Bearer {token}"}).status_code == 200
        assert c.post(url, data={"alias": "A2", "token": token}).status_code == 200
        assert c.post("/api/ingest", data={"text": "x"}).status_code == 401
        c.post("/login", data={"token": token})
        assert 'id="token"' in c.get("/search").text
        cross = c.post(url, data={"alias": "A3", "token": token}, headers={"Origin": "https://evil.example"})
        assert cross.status_code == 403


def test_loopback_app_refuses_other_hosts_and_cross_site_posts(db):
    app = create_app(db)
    with TestClient(app, base_url="http://evil.example") as c:
        assert c.get("/search").status_code == 421
    with TestClient(app, base_url="http://localhost:8000") as c:
        assert c.get("/search").status_code == 200
        assert c.post("/api/entities/1/aliases", data={"alias": "Z"},
                      headers={"Origin": "http://evil.example"}).status_code == 403
        assert c.post("/api/entities/1/aliases", data={"alias": "Z"},
                      headers={"Origin": "http://localhost:8000"}).status_code == 200


def test_serve_refuses_a_public_host_without_token(monkeypatch, capsys, tmp_path):
    monkeypatch.delenv("ORBAT_TOKEN", raising=False)
    assert main(["serve", "--host", "0.0.0.0", "--db", str(tmp_path / "x.db")]) == 2
    assert "--token" in capsys.readouterr().err


def test_ingested_markup_stays_text(client):
    answer = client.post("/api/ingest", data={"text": ARTICLE, "title": f"{XSS_IMG} report", "published": "2020-04-05",
                                              "url": "javascript:alert(1)"}).json()
    doc = answer["documents"][0]
    assert doc["status"] == "stored" and doc["counts"]["relations"] + doc["counts"]["events"] > 0
    data = client.get(f"/api/documents/{doc['document']}").json()
    assert XSS in data["text"] and data["title"].startswith(XSS_IMG)
    sentence_claim = next(c["id"] for c in data["claims"] if XSS_IMG in c["sentence"])
    client.post(f"/api/claims/{sentence_claim}/reject", data={"reason": XSS})
    for path in (f"/documents/{doc['document']}", "/documents", "/history", f"/search?q={XSS}",
                 f"/claims/{sentence_claim}"):
        html = client.get(path).text
        assert "<script>window" not in html and "<img src=x" not in html, path
        assert "href=\"javascript:" not in html, path
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in client.get(f"/documents/{doc['document']}").text
    assert client.post("/api/ingest", data={"text": "  "}).status_code == 422
    upload = client.post("/api/ingest", files={"file": ("note.txt", ARTICLE.replace("Falcons", "Eagles").encode())})
    assert upload.json()["documents"][0]["origin"] == "upload:note.txt"


def test_pages_work_without_the_front_end_libraries(db, tmp_path):
    with TestClient(create_app(db, assets=str(tmp_path)), base_url="http://127.0.0.1") as c:
        page = c.get("/entities/1").text
        assert "make web" in page and 'data-graph=""' in page and 'data-timeline=""' in page
        assert c.get("/static/vendor/cytoscape.mjs").status_code == 404
        assert c.get("/static/vendor/../app.py").status_code == 404
        assert "/openapi.json" in c.get("/docs").text
