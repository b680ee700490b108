"""Compare the fingerprints before and after the upgrade (scripts/upgrade-test.sh).

usage: compare.py [--stale STALE.json] BEFORE.json AFTER.json UPGRADE.log UNINSTALL.log
Prints one line per failed check and "checks: N passed, M failed"; exit 1 on a failure.
"""
import json
import re
import sys

# Odoo's employee directory is not a document of the addon: 18.0.2.0.0 narrows it on purpose
# (an HR clerk of a PD reads the employees of his own PDs, hr_employee_rule_admin_pd), so only the
# documents' readers are compared; the employees and units themselves must all still be there.
DIRECTORY = {"hr.employee", "hr.department"}
args = sys.argv[1:]
stale = {}
if args[0] == "--stale":
    stale = json.load(open(args[1]))
    args = args[2:]
before, after = (json.load(open(p)) for p in args[:2])
passed, failed = 0, []


def check(ok, what):
    global passed
    if ok:
        passed += 1
    else:
        failed.append(what)


for model, rows in before["records"].items():
    new = after["records"].get(model, {})
    check(not set(rows) - set(new), f"{model}: records lost {sorted(set(rows) - set(new))[:20]}")
    for rid, row in rows.items():
        got = new.get(rid)
        if got is None:
            continue
        diff = {f: (v, got.get(f)) for f, v in row.items() if got.get(f) != v}
        # names and appraisers may be recomputed by the new release's rules: values kept are the
        # documents' own (state, numbers, dates, ratings, employee).
        diff = {f: v for f, v in diff.items() if f not in ("ppk_id", "puo_id", "name")}
        check(not diff, f"{model} {rid}: changed {diff}")
for model, msgs in before["messages"].items():
    new = after["messages"].get(model, {})
    for rid, (count, ids) in msgs.items():
        kept = set(ids) <= set((new.get(rid) or [0, []])[1])
        check(kept, f"{model} {rid}: chatter messages lost ({count} before, "
                    f"{(new.get(rid) or [0])[0]} after)")
for aid, att in before["attachments"].items():
    got = after["attachments"].get(aid)
    check(got is not None and got["checksum"] == att["checksum"] and got["data_ok"]
          and got["res"] == att["res"], f"attachment {aid} {att['name']}: {got}")
for login, seen in before["readable"].items():
    now = after["readable"].get(login)
    if now is None:
        check(False, f"user {login} gone")
        continue
    for model, ids in seen.items():
        if model in DIRECTORY:
            continue
        lost = sorted(set(ids) - set(now.get(model) or [])) if isinstance(ids, list) else ids
        check(not lost, f"user {login} no longer reads {model} {lost[:20]}")
for name, ids in sorted(stale.items()):
    check(not ids, f"{name}: stale after the upgrade (the new rules compute otherwise) on {ids[:20]}")
pat = re.compile(r"^\S+ \S+ \d+ (ERROR|CRITICAL) |Traceback")
for path in args[2:]:
    bad = [line.rstrip() for line in open(path, errors="replace") if pat.search(line)]
    check(not bad, f"{path}: {len(bad)} ERROR/traceback lines, first: {bad[:3]}")
for line in failed[:80]:
    print("FAILED", line)
if len(failed) > 80:
    print(f"... and {len(failed) - 80} more")
print(f"checks: {passed} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
