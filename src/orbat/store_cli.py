"""The knowledge-base commands: ingest, reprocess, show, timeline, search and the analyst's
corrections. Argument handling and printing only; the work is in `orbat.ingest` and `orbat.store`."""
from __future__ import annotations

import json
import os
import sys

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from orbat.terminal import fit

CREDIBILITY = {1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful", 5: "improbable",
               6: "cannot be judged"}
TITLES = {"parents": "Part of", "units": "Units", "sponsors": "Backed by", "backs": "Backs",
          "allies": "Allies", "enemies": "Enemies", "affiliations": "Affiliated with", "affiliates": "Affiliates",
          "leaders": "Leaders and members", "memberships": "Member of", "areas": "Operates in",
          "controls": "Controls", "present": "Actors present", "controlled_by": "Controlled by"}


def _console() -> Console:
    from orbat.terminal import console
    return console()


def _fraction(value: str) -> float:
    import argparse
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {value}")
    return x


def _db_id(value: str) -> int:
    """An id as argparse reads it: a whole number the database can hold."""
    import argparse

    from orbat.store.db import MAX_ID
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0 <= n <= MAX_ID:
        raise argparse.ArgumentTypeError(f"no such id: {value} (ids run from 1 to {MAX_ID})")
    return n


def _jobs(value: str) -> int:
    import argparse
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return n


def _err(msg: str) -> None:
    print(f"orbat: {msg}", file=sys.stderr)


def _aliases(args):
    from orbat.resolve import AliasTable
    return AliasTable.load(args.aliases or os.environ.get("ORBAT_ALIASES"))


def _open(args, write: bool = False, create: bool = False):
    """The store --db names. Only `ingest` creates one (a mistyped --db elsewhere is an error, not a
    new empty store); commands that only read open a read-only file read-only."""
    from orbat.store import open_store
    return open_store(args.db, create=create, write=write)


def _progress(args, what: str):
    """The one progress bar of ingest and reprocess, on standard error: done of a known total."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    return Progress(TextColumn(what), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[unit]}"),
                    TextColumn("{task.description}"), TimeElapsedColumn(),
                    console=Console(stderr=True, highlight=False), transient=True, disable=args.quiet)


def _ray_address(args) -> str | None:
    """--ray as the runner takes it: None (not asked), 'local', or a cluster address."""
    return None if args.ray is None else (args.ray or "local")


def cmd_ingest(args) -> int:
    from orbat.extract.dates import parse_anchor
    from orbat.scale.inputs import ReadOptions
    from orbat.scale.run import RayMissing, ingest_paths

    if args.published:
        try:
            parse_anchor(args.published)
        except ValueError as err:
            _err(f"--published: {err}")
            return 2
    try:
        table = _aliases(args)
    except (OSError, ValueError) as err:
        _err(f"aliases: {err}")
        return 2
    store = _open(args, write=True, create=True)
    options = ReadOptions(published=args.published, url=args.url, text_field=args.text_field,
                          url_field=args.url_field, published_field=args.published_field)
    with _progress(args, "ingesting") as bar:
        task = bar.add_task("", total=None, unit="files")

        def tick(outcome) -> None:
            bar.update(task, description=outcome.status)
            if outcome.status.startswith("failed") and not args.quiet:
                bar.console.print(f"[red]failed[/red] {outcome.origin}: {outcome.message}")
            elif outcome.status == "stored" and outcome.message:  # read with a repair: say what changed
                bar.console.print(f"[yellow]warning[/yellow] {outcome.origin}: {outcome.message}")

        try:
            summary = ingest_paths(store, args.paths, options, db=args.db, jobs=args.jobs, ray=_ray_address(args),
                                   aliases=table, source=args.source, on_outcome=tick,
                                   on_total=lambda n: bar.update(task, total=n),
                                   on_mark=lambda _mark: bar.advance(task))
        except RayMissing as err:
            _err(str(err))
            return 2
        finally:
            store.close()
    counts = summary.counts
    parts = [f"{counts.get(k, 0)} {k}" for k in ("stored", "duplicate", "skipped", "failed")]
    print("ingest: " + ", ".join(parts))
    for f in summary.failures:
        print(f"  {f.status}  {f.origin}: {f.message}")
    return 1 if summary.failed else 0


def cmd_reprocess(args) -> int:
    from orbat.scale.run import RayMissing, reprocess_store
    store = _open(args, write=True)
    table = _aliases(args)
    with _progress(args, "re-extracting") as bar:
        task = bar.add_task("", total=None, unit="documents")
        try:
            summary = reprocess_store(store, db=args.db, everything=args.all, jobs=args.jobs, ray=_ray_address(args),
                                      aliases=table, on_total=lambda n: bar.update(task, total=n),
                                      on_outcome=lambda _o: bar.advance(task))
        except RayMissing as err:
            _err(str(err))
            return 2
        finally:
            store.close()
    print(f"reprocess: {summary.counts.get('stored', 0)} documents re-extracted")
    for f in summary.failures:
        print(f"  {f.status}  {f.origin}: {f.message}")
    return 1 if summary.failed else 0


def _lookup(conn, name: str, table):
    """The root id of the entity called `name`, or None after saying why there is none."""
    from orbat.store.views import Ambiguous, NotFound, find_entity
    try:
        return find_entity(conn, name, table)
    except NotFound:
        _err(f"no entity called {name!r} in the store (try: orbat search {name!r})")
    except Ambiguous as amb:
        _err(f"{name!r} names {len(amb.candidates)} entities; give one as #ID:")
        for c in amb.candidates:
            scope = f" (in {c['scope']})" if c["scope"] else ""
            print(f"  #{c['id']}  {c['name']}{scope}  [{c['type']}]", file=sys.stderr)
    return None


def _entity_view(args, make):
    """`make(conn, root)` for the entity `args.name` names, printed as JSON with --format json;
    None (after saying why) when no one entity has that name."""
    table = _aliases(args)
    store = _open(args)
    with store.read() as conn:
        root = _lookup(conn, args.name, table)
        view = make(conn, root) if root is not None else None
    store.close()
    if view is not None and args.format == "json":
        print(json.dumps(view, ensure_ascii=False, indent=1))
    return view


def cmd_show(args) -> int:
    from orbat.store.edtf import as_day
    from orbat.store.views import show
    try:
        day = as_day(args.at) if args.at else None
    except ValueError as err:
        _err(f"--at: {err}")
        return 2
    view = _entity_view(args, lambda conn, root: show(
        conn, root, day, min_reliability=args.min_reliability, max_credibility=args.max_credibility,
        include_past=args.all, min_confidence=args.min_confidence, evidence=args.evidence))
    if view is None or args.format == "json":
        return 1 if view is None else 0
    console = _console()
    ent = view["entity"]
    head = Text(f"{ent['name']}", style="bold")
    head.append(f"  [{ent['type']}]  " + (f"as of {view['at']}" if view["at"] else "all dates attested"), style="dim")
    if ent["aliases"]:
        head.append("\nalso: " + ", ".join(ent["aliases"][:12]), style="dim")
    console.print(head)
    shown = False
    for key, title in TITLES.items():
        items = view[key]
        if not items:
            continue
        shown = True
        t = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD)
        for col in ("name", "role", "since", "until", "first seen", "last seen", "stories", "credibility", "claims"):
            t.add_column(col)
        for it in items:
            name = it["name"] + (" (disputed)" if it["disputed"] else "") + ("" if it["holds"] else " (ended)")
            claims = " ".join(str(c) for c in it["claims"][:6]) + (" ..." if len(it["claims"]) > 6 else "")
            t.add_row(name, it["role"] or "", it["since"] or "", it["until"] or "", it["first_seen"] or "",
                      it["last_seen"] or "", str(it["stories"]), f"{it['credibility']} {it['basis']}", claims)
        console.print(fit(t))
        if args.evidence:
            for it in items:
                console.print(Text(f"  {it['name']} ({it['relation']}):", style="bold"))
                for ev in it["evidence"]:
                    denied = " DENIES" if ev["polarity"] == "negated" else ""
                    console.print(Text(f"    claim {ev['claim']}{denied}  doc {ev['document']}  "
                                       f"{ev['source'] or ''} {ev['published'] or ''}  {ev['modality']} "
                                       f"{ev['confidence']:.2f}\n      {ev['sentence']}"))
    if view["rejected"] and args.evidence:
        console.print(Text("Refused by the constraints (orbat review lists them all)", style="bold"))
        for r in view["rejected"]:
            console.print(f"  {r['subject']} {r['relation']} {r['object']}: {'; '.join(r['reasons'])}  "
                          f"claims {' '.join(map(str, r['claims']))}")
    if view["lineage"]:
        shown = True
        t = Table(title="Lineage", title_justify="left", box=box.SIMPLE_HEAD)
        for col in ("date", "change", "docs", "modality", "claims"):
            t.add_column(col)
        for ev in view["lineage"]:
            t.add_row(_when(ev["date"]), ev["phrase"], str(len(ev["sources"])), ev["modality"],
                      " ".join(map(str, ev["claims"][:6])))
        console.print(fit(t))
    if not shown:
        console.print("nothing known to hold at this date" if view["at"] else "nothing known")
    elif view["rejected"] and not args.evidence:
        console.print(Text(f"{len(view['rejected'])} line(s) refused by the constraints: see --evidence or orbat review",
                           style="dim"))

    return 0


def _when(value: str | None) -> str:
    """An event date for a table: 'by 2016-05-10' for one placed only by its document's date."""
    if not value:
        return "undated"
    return f"by {value[3:]}" if value.startswith("../") else value


def cmd_timeline(args) -> int:
    from orbat.store.views import timeline
    view = _entity_view(args, lambda conn, root: timeline(conn, root, min_reliability=args.min_reliability,
                                                          max_credibility=args.max_credibility,
                                                          min_confidence=args.min_confidence))
    if view is None or args.format == "json":
        return 1 if view is None else 0
    console = _console()
    console.print(Text(f"{view['entity']['name']}: timeline", style="bold"))
    t = Table(box=box.SIMPLE_HEAD)
    for col in ("date", "event", "participants", "source", "modality", "claims"):
        t.add_column(col)
    for ev in view["events"]:
        who = "; ".join(f"{role}: {', '.join(p['name'] for p in ps)}" for role, ps in ev["participants"].items())
        src = ", ".join(dict.fromkeys(s["source"] or s["title"] or f"document {s['id']}" for s in ev["sources"]))
        label = ev["phrase"] + (" (denied)" if ev["polarity"] == "negated" else "")
        t.add_row(_when(ev["date"]), label, who, src, ev["modality"], " ".join(map(str, ev["claims"][:6])))
    console.print(fit(t))
    return 0


def cmd_search(args) -> int:
    from orbat.store.views import search
    table = _aliases(args)
    store = _open(args)
    with store.read() as conn:
        hits = search(conn, args.text, table)
    if args.format == "json":
        print(json.dumps(hits, ensure_ascii=False, indent=1))
        return 0
    if not hits:
        print(f"no entity matches {args.text!r}")
        return 1
    for h in hits:
        scope = f" (in {h['scope']})" if h["scope"] else ""
        also = f"  also: {', '.join(h['aliases'][:6])}" if h["aliases"] else ""
        print(f"#{h['id']}  {h['name']}{scope}  [{h['type']}]  {h['claims']} claims  ({h['match']}){also}")
    return 0


def _entity(conn, name: str, table) -> int:
    """Like `_lookup`, for corrections: no entity ends the correction (LookupError)."""
    root = _lookup(conn, name, table)
    if root is None:
        raise LookupError(name)
    return root


def _correct(args, action) -> int:
    from orbat.store.review import ReviewError
    table = _aliases(args)
    store = _open(args, write=True)
    try:
        with store.write() as conn:
            message = action(conn, table)
    except ReviewError as err:
        _err(str(err))
        return 1
    except LookupError:
        return 1
    print(message)
    return 0


def cmd_merge(args) -> int:
    from orbat.store.review import merge

    def act(conn, table):
        keep, absorb = _entity(conn, args.keep, table), _entity(conn, args.absorb, table)
        cid = merge(conn, keep, absorb, args.actor, args.reason)
        return f"merged #{absorb} into #{keep} (correction {cid}; undo with: orbat undo {cid})"
    return _correct(args, act)


def cmd_split(args) -> int:
    from orbat.store.review import split

    def act(conn, table):
        root = _entity(conn, args.name, table)
        cid, new = split(conn, root, args.names, args.actor, args.reason)
        return f"split {args.names} off into #{new} (correction {cid}; undo with: orbat undo {cid})"
    return _correct(args, act)


def cmd_alias(args) -> int:
    from orbat.store.review import add_alias

    def act(conn, table):
        root = _entity(conn, args.name, table)
        cid = add_alias(conn, root, args.alias, args.actor, args.reason)
        return f"{args.alias!r} is now a name of #{root} (correction {cid})"
    return _correct(args, act)


def cmd_claim(args) -> int:
    from orbat.store.review import set_claim_status

    def act(conn, _table):
        cid = set_claim_status(conn, args.id, args.status, args.actor, args.reason)
        return f"claim {args.id} {args.status} (correction {cid})"
    return _correct(args, act)


def cmd_reject_edge(args) -> int:
    from orbat.store.review import reject_edge

    def act(conn, table):
        s, o = _entity(conn, args.subject, table), _entity(conn, args.object, table)
        cid, n = reject_edge(conn, s, args.relation, o, args.actor, args.reason)
        return f"rejected {n} claim(s) behind {args.subject} {args.relation} {args.object} " \
               f"(correction {cid}; undo with: orbat undo {cid})"
    return _correct(args, act)


def cmd_review(args) -> int:
    from orbat.store.constraints import review_queue
    store = _open(args)
    with store.read() as conn:
        rows = review_queue(conn, args.min_reliability)
    store.close()
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print("nothing refused")
    for r in rows:
        if r["kind"] == "edge":
            print(f"{r['subject']} {r['relation']} {r['object']}  ({r['stories']} stories, "
                  f"{r['first_seen'] or '?'}..{r['last_seen'] or '?'})  claims {' '.join(map(str, r['claims']))}")
        else:
            print(f"{r['type']} event {r['date'] or 'undated'}  claim {r['claim']}: {r['sentence'][:100]}")
        for why in r["reasons"]:
            print(f"    refused: {why}")
    return 0


def cmd_doctor(args) -> int:
    from orbat.store.doctor import diagnose
    table = _aliases(args)
    store = _open(args)
    with store.read() as conn:
        report = diagnose(conn, table)
    store.close()
    if args.format == "json":
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    for title, key in (("Ambiguous names (one key, several entities)", "ambiguous"),
                       ("Known actors split over several entities", "split_actors"),
                       ("Names refused as headline or tag-line debris", "debris")):
        rows = report[key]
        print(f"{title}: {len(rows)}")
        for r in rows[:args.limit]:
            if key == "debris":
                print(f"  #{r['id']}  {r['name']}  [{r['type']}]  {r['claims']} claims")
                continue
            print(f"  {r['name']!r}:")
            for e in r["entities"]:
                ev = f"  e.g. {e['evidence']!r}" if e.get("evidence") else ""
                print(f"    #{e['id']}  {e['name']}  [{e['type']}]  {e['claims']} claims{ev[:140]}")
    return 0


def cmd_grade(args) -> int:
    from orbat.store.review import grade_source

    def act(conn, _table):
        cid = grade_source(conn, args.source_name, args.grade, args.actor, args.reason)
        return f"source {args.source_name!r} graded {args.grade.upper()} (correction {cid})"
    return _correct(args, act)


def cmd_undo(args) -> int:
    from orbat.store.review import undo

    def act(conn, _table):
        cid = undo(conn, args.id, args.actor)
        return f"correction {args.id} undone (correction {cid})"
    return _correct(args, act)


def cmd_history(args) -> int:
    """The corrections, newest first: who did what to which names, and why (as the web's history
    page says it); `--format json` keeps each one's payload as stored, for `undo`."""
    from orbat.serve.queries import history
    store = _open(args)
    with store.read() as conn:
        rows = history(conn, args.limit)
    if args.format == "json":
        print(json.dumps([{k: r[k] for k in ("id", "action", "actor", "at", "reason", "payload", "undone_at",
                                             "summary")} for r in rows], ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print("no corrections yet")
        return 0
    from orbat.terminal import table

    def moment(value: str | None) -> str:
        return (value or "")[:19].replace("T", " ")

    _console().print(table(("#", "when", "who", "action", "what", "reason", "undone"), [
        (r["id"], moment(r["at"]), r["actor"], r["action"].replace("_", " "), r["summary"], r["reason"],
         moment(r["undone_at"])) for r in rows], wrap=("what", "reason"), drop_empty=True))
    return 0


def add_commands(sub) -> None:
    """Register the knowledge-base subcommands on the main parser's subparsers."""
    def common(p, fmt: bool = False):
        p.add_argument("--db", help="store: a SQLite file or a postgresql:// URL (default $ORBAT_DB or ./orbat.db)")
        p.add_argument("--aliases", help="a user alias file: 'canonical name<TAB>alias' per line ($ORBAT_ALIASES)")
        if fmt:
            p.add_argument("--format", choices=("table", "json"), default="table")
        return p

    def filters(p):
        p.add_argument("--min-reliability", default="F", type=str.upper, choices=list("ABCDEF"),
                       help="only claims from sources graded this or better (A best, F cannot be judged)")
        p.add_argument("--max-credibility", default=6, type=int, choices=range(1, 7),
                       help="only facts of this credibility or better (1 confirmed ... 6 cannot be judged)")
        p.add_argument("--min-confidence", default=0.0, type=_fraction,
                       help="only claims whose extractor confidence is at least this (0..1)")

    def review(p):
        p.add_argument("--reason", help="why (kept in the correction history)")
        p.add_argument("--actor", help="who (default $ORBAT_USER or the login name)")
        return p

    def scale(p):
        p.add_argument("--jobs", type=_jobs, metavar="N",
                       help="extract in N worker processes (default: the cores available; 1 for a small input); "
                            "with --ray, the CPUs of the local Ray instance or the most extraction actors")
        p.add_argument("--ray", nargs="?", const="", metavar="ADDRESS",
                       help="extract with Ray Data on a local Ray instance, or on the cluster at ADDRESS "
                            "(needs pip install 'orbat[ray]'; see docs/scale.md)")

    p = common(sub.add_parser("ingest", help="extract articles and store their claims"))
    p.add_argument("paths", nargs="+", help="files, folders, or - for standard input")
    p.add_argument("--published", help="publication date for a single input (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--url", help="url of a single input")
    p.add_argument("--source", help="the outlet the inputs come from")
    p.add_argument("--text-field", default="text", help="JSON lines: field holding the article text")
    p.add_argument("--url-field", default="url", help="JSON lines: field holding the url")
    p.add_argument("--published-field", help="JSON lines: field holding the date (default published, date, ...)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    scale(p)
    p.set_defaults(func=cmd_ingest)

    p = common(sub.add_parser("reprocess", help="re-extract stored documents after the extractor changed"))
    p.add_argument("--all", action="store_true", help="every document, not only those of older extractor versions")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    scale(p)
    p.set_defaults(func=cmd_reprocess)

    p = common(sub.add_parser("show", help="the order of battle of an entity as of a date"), fmt=True)
    p.add_argument("name", help="any name of the entity, or #ID")
    p.add_argument("--at", help="the date (YYYY, YYYY-MM or YYYY-MM-DD); without it, every line with its first "
                                "and last attestation")
    p.add_argument("--all", action="store_true", help="also list relations that had ended by that date")
    p.add_argument("--evidence", action="store_true",
                   help="print each line's sentences, documents and claim ids, and the lines refused")
    filters(p)
    p.set_defaults(func=cmd_show)

    p = common(sub.add_parser("timeline", help="the dated events that shaped an entity"), fmt=True)
    p.add_argument("name")
    filters(p)
    p.set_defaults(func=cmd_timeline)

    p = common(sub.add_parser("search", help="find entities by any of their names"), fmt=True)
    p.add_argument("text")
    p.set_defaults(func=cmd_search)

    p = review(common(sub.add_parser("merge", help="make two entities one (the second is absorbed)")))
    p.add_argument("keep", help="the entity that stays (name or #ID)")
    p.add_argument("absorb", help="the entity merged into it")
    p.set_defaults(func=cmd_merge)

    p = review(common(sub.add_parser("split", help="move some names of an entity, with their claims, to a new one")))
    p.add_argument("name", help="the entity (name or #ID)")
    p.add_argument("--names", nargs="+", required=True, help="the names that belong to another entity")
    p.set_defaults(func=cmd_split)

    p = review(common(sub.add_parser("alias", help="add a name to an entity")))
    p.add_argument("name")
    p.add_argument("alias")
    p.set_defaults(func=cmd_alias)

    p = review(common(sub.add_parser("claim", help="confirm, reject or reopen a claim")))
    p.add_argument("id", type=_db_id)
    p.add_argument("status", choices=("confirmed", "rejected", "active"))
    p.set_defaults(func=cmd_claim)

    p = review(common(sub.add_parser("reject-edge", help="reject every claim behind one line of the order of battle")))
    p.add_argument("subject", help="name or #ID")
    p.add_argument("relation", choices=("part_of", "backed_by", "allied_with", "hostile_to", "affiliated_with",
                                        "member_of", "operates_in", "controls"))
    p.add_argument("object", help="name or #ID")
    p.set_defaults(func=cmd_reject_edge)

    p = common(sub.add_parser("review", help="the readings the order-of-battle constraints refuse, with why"), fmt=True)
    p.add_argument("--min-reliability", default="F", type=str.upper, choices=list("ABCDEF"))
    p.set_defaults(func=cmd_review)

    p = common(sub.add_parser("doctor", help="ambiguous names, alias collisions and refused names in the store"),
               fmt=True)
    p.add_argument("--limit", type=int, default=30, help="rows per section in the table")
    p.set_defaults(func=cmd_doctor)

    p = review(common(sub.add_parser("grade", help="set a source's reliability (Admiralty A-F)")))
    p.add_argument("source_name", metavar="source")
    p.add_argument("grade", choices=list("ABCDEFabcdef"))
    p.set_defaults(func=cmd_grade)

    p = review(common(sub.add_parser("undo", help="reverse a correction")))
    p.add_argument("id", type=_db_id, help="the correction's number (see orbat history)")
    p.set_defaults(func=cmd_undo)

    p = common(sub.add_parser("history", help="the corrections made, newest first"), fmt=True)
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_history)
