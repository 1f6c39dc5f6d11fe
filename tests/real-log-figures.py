#!/usr/bin/env python3
"""The figures of hukka's log report on the real event logs, computed independently.

Python 3 standard library only, sharing no code with hukka: csv.reader for the CSV logs,
xml.etree.ElementTree.iterparse over gzip for the XES ones, datetime for the timestamps. Run by
tests/real-logs-independent.test.ts, which compares hukka's figures with these; anyone can rerun it:

    python3 tests/real-log-figures.py ../shared/data sepsis

prints one JSON object. The rules, as the log report defines them:
- events are grouped by case (in order of first appearance) and each case is sorted by
  timestamp, ties keeping file order;
- the activity is the non-empty activity fields joined with "+";
- a department that is empty or a missing marker is unknown: left out of the department
  sequence, which then collapses consecutive repeats into D;
- hand-offs = |D| - 1, ping-pongs = #{i : D[i] = D[i+2]}, revisits = |D| - |set(D)|;
- waits are the minutes between consecutive events whose department is known, split by whether
  the department changes; a case lasts from its first to its last event.
"""
import csv
import gzip
import json
import statistics
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

LOGS = {
    "sepsis": {
        "file": "sepsis/sepsis.csv", "delimiter": ";", "encoding": "utf-8",
        "case": "Case ID", "activity": ["Activity"], "timestamp": "Complete Timestamp",
        "department": "org:group", "missing": ["?"],
    },
    "receipt-csv": {
        "file": "receipt/receipt.csv", "delimiter": ",", "encoding": "utf-8",
        "case": "case:concept:name", "activity": ["concept:name"], "timestamp": "time:timestamp",
        "department": "org:group", "missing": ["EMPTY"],
    },
    "receipt-xes": {
        "file": "receipt/08_receipt.xes.gz", "activity": ["concept:name"],
        "department": "org:group", "missing": ["EMPTY"],
    },
    "bpi-closed-csv": {
        "file": "bpic2013/vinst-closed-problems.csv", "delimiter": ";", "encoding": "latin-1",
        "case": "Problem Number", "activity": ["Problem Status", "Problem Sub Status"],
        "timestamp": "Problem Change Date+Time", "department": "Problem Involved Owner ST", "missing": [],
    },
    "bpi-closed-xes": {
        "file": "bpic2013/06_bpic2013_closed.xes.gz", "activity": ["concept:name", "lifecycle:transition"],
        "department": "organization involved", "missing": [],
    },
    "bpi-open-csv": {
        "file": "bpic2013/vinst-open-problems.csv", "delimiter": ";", "encoding": "latin-1",
        "case": "Problem Number", "activity": ["Problem Status", "Problem Sub Status"],
        "timestamp": "Problem Change Date+Time", "department": "Problem Involved Owner ST", "missing": [],
    },
    "incidents-xes": {
        "file": "bpic2013/07_bpic2013_incidents.xes.gz", "activity": ["concept:name", "lifecycle:transition"],
        "department": "org:group", "missing": [],
    },
}


def microseconds(text):
    """Whole microseconds since 1970 of an ISO 8601 or YYYY/MM/DD timestamp; UTC when it has no offset."""
    text = text.strip()
    if len(text) > 4 and text[4] == "/":
        moment = datetime.strptime(text, "%Y/%m/%d %H:%M:%S.%f")
    else:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return (moment - EPOCH) // timedelta(microseconds=1)


def csv_events(path, spec):
    with open(path, newline="", encoding=spec["encoding"]) as f:
        rows = csv.reader(f, delimiter=spec["delimiter"])
        header = next(rows)
        header[0] = header[0].lstrip("\ufeff")
        at = {name: header.index(name) for name in header}
        for row in rows:
            if not row:
                continue
            activity = "+".join(row[at[a]] for a in spec["activity"] if row[at[a]] != "")
            yield row[at[spec["case"]]], activity, microseconds(row[at[spec["timestamp"]]]), row[at[spec["department"]]]


def xes_cases(path, spec):
    """(case, activity, seconds, department) per event; the case name is the trace's own concept:name."""
    local = lambda tag: tag.rsplit("}", 1)[-1]
    depth = []
    events = []
    for event, element in ET.iterparse(gzip.open(path), events=("start", "end")):
        tag = local(element.tag)
        if event == "start":
            depth.append(tag)
            if tag == "trace":
                events = []
            continue
        depth.pop()
        if tag == "event" and depth and depth[-1] == "trace":
            values = {child.get("key"): child.get("value") for child in element}
            activity = "+".join(values[a] for a in spec["activity"] if values.get(a))
            events.append((activity, microseconds(values["time:timestamp"]), values.get(spec["department"], "")))
            element.clear()
        elif tag == "trace":
            name = next(c.get("value") for c in element if local(c.tag) == "string" and c.get("key") == "concept:name")
            for activity, moment, department in events:
                yield name, activity, moment, department
            element.clear()


def figures(events, missing):
    cases = {}
    for row, (case, activity, moment, department) in enumerate(events):
        cases.setdefault(case, []).append((moment, row, activity, department))
    totals = dict(cases=len(cases), events=0, handoffs=0, pingPongs=0, revisits=0,
                  casesWithHandoff=0, casesWithPingPong=0, casesWithRevisit=0)
    activities, departments, variants = set(), set(), {}
    changes, stays, durations = [], [], []
    for events in cases.values():
        events.sort(key=lambda e: (e[0], e[1]))
        totals["events"] += len(events)
        sequence = tuple(e[2] for e in events)
        activities.update(sequence)
        variants[sequence] = variants.get(sequence, 0) + 1
        durations.append((events[-1][0] - events[0][0]) / 60e6)
        known = [(e[0], e[3]) for e in events if e[3] != "" and e[3] not in missing]
        departments.update(d for _, d in known)
        for (t0, d0), (t1, d1) in zip(known, known[1:]):
            (changes if d0 != d1 else stays).append((t1 - t0) / 60e6)
        runs = []
        for _, d in known:
            if not runs or runs[-1] != d:
                runs.append(d)
        handoffs = max(0, len(runs) - 1)
        ping_pongs = sum(1 for i in range(len(runs) - 2) if runs[i] == runs[i + 2])
        revisits = len(runs) - len(set(runs))
        totals["handoffs"] += handoffs
        totals["pingPongs"] += ping_pongs
        totals["revisits"] += revisits
        totals["casesWithHandoff"] += handoffs > 0
        totals["casesWithPingPong"] += ping_pongs > 0
        totals["casesWithRevisit"] += revisits > 0
    summary = lambda values: dict(count=len(values), meanMinutes=statistics.fmean(values) if values else None,
                                  medianMinutes=statistics.median(values) if values else None)
    return dict(
        counts=totals,
        activities=len(activities),
        departments=len(departments),
        variantCount=len(variants),
        topVariantCounts=sorted(variants.values(), reverse=True)[:10],
        waiting=dict(departmentChanges=summary(changes), departmentStays=summary(stays)),
        caseMinutes=summary(durations),
    )


def main():
    root, name = sys.argv[1], sys.argv[2]
    spec = LOGS[name]
    path = f"{root}/{spec['file']}"
    events = xes_cases(path, spec) if path.endswith(".xes.gz") else csv_events(path, spec)
    print(json.dumps(figures(events, set(spec["missing"]))))


if __name__ == "__main__":
    main()
