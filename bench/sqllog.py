#!/usr/bin/env python3
"""Turns the statements one request ran, as PostgreSQL logged them with log_statement = 'all'
(log_line_prefix '%m [%p] %u@%d '), into a pgbench script that runs exactly those statements
again, in the logged order, with the logged parameters (bench/dashboards.sh).

  sqllog.py LOG_SEGMENT ROLE SCRIPT_OUT DEFINES_OUT

Reads the lines of ROLE (the application's database role: its pool and the session store)
between the marks "select 'sleutelnet-bench: request starts'" and "... request answered'";
"statement: X" is a simple query, "execute NAME: X" an extended-protocol execution whose
"DETAIL:  Parameters: $1 = '...', ..." line follows. Writes SCRIPT_OUT (one command per
statement, each $n replaced by a pgbench variable :pK_n, so that pgbench -M prepared sends it
as a parameter like the driver did) and DEFINES_OUT (one name=value per line, for pgbench -D).
Prints one line: statements=<queries> transaction_control=<BEGIN/COMMIT/ROLLBACK>
validation_skipped=<empty queries> inlined=<NULL or empty-string parameters written as literals,
which pgbench -D cannot pass> backends=<server processes that ran a non-empty statement>
writes=<list> unreplayable=<reasons or none>.
Exit status 1 when nothing was found for ROLE.
An empty query (the pool's connection validation) cannot be sent by pgbench and is skipped
and counted. A write other than the session store's conditional update (which is idempotent
with the same values) would change the data on every replay: its transaction then ends with
ROLLBACK instead of COMMIT, and it is listed under "writes".
"""
import re
import sys

PREFIX = re.compile(r'^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[(\d+)\] (\S*)@(\S*) (LOG|DETAIL|ERROR|STATEMENT|HINT|CONTEXT|WARNING):  (.*)$')
STATEMENT = re.compile(r'^statement: (.*)$', re.S)
EXECUTE = re.compile(r'^execute ([^:]+): (.*)$', re.S)
PARAM = re.compile(r"\$(\d+) = (NULL|'((?:[^']|'')*)')")
CONTROL = re.compile(r'^\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION)\b', re.I)
WRITE = re.compile(r'^\s*(insert|update|delete|merge|truncate|copy)\b', re.I)
SESSION_UPDATE = re.compile(r'^\s*update\s+SPRING_SESSION\s', re.I)


START_MARK = "select 'sleutelnet-bench: request starts'"
END_MARK = "select 'sleutelnet-bench: request answered'"


def entries(path, role):
    """(pid, kind, text) per log entry of ROLE between the start and end marks (statements that
    bench/dashboards.sh runs right before the request and right after its answer, so that a
    background job's statements in the same seconds are left out); continuation lines
    (tab-indented) belong to the entry above."""
    out = []
    current = None
    state = 'before'
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            line = line.rstrip('\n')
            m = PREFIX.match(line)
            if m:
                current = None
                if m.group(5) == 'statement: ' + START_MARK:
                    state = 'inside'
                elif m.group(5) == 'statement: ' + END_MARK:
                    state = 'after'
                if state != 'inside' or m.group(2) != role:
                    continue
                current = [m.group(1), m.group(4), m.group(5)]
                out.append(current)
            elif current is not None:
                current[2] += '\n' + (line[1:] if line.startswith('\t') else line)
    return out


def main():
    log, role, script_out, defines_out = sys.argv[1:5]
    statements = []  # [sql, params or None]
    problems = []
    backends = set()
    for pid, kind, text in entries(log, role):
        if kind == 'LOG':
            m = STATEMENT.match(text) or EXECUTE.match(text)
            if m is None:
                continue  # durations, connection messages
            sql = m.group(m.lastindex)
            statements.append([sql, None])
            if sql.strip():
                backends.add(pid)
        elif kind == 'DETAIL' and text.startswith('Parameters: ') and statements:
            params = {}
            for p in PARAM.finditer(text[len('Parameters: '):]):
                params[int(p.group(1))] = None if p.group(2) == 'NULL' else p.group(3).replace("''", "'")
            statements[-1][1] = params
        elif kind in ('ERROR',):
            problems.append('the request logged an error: ' + text.splitlines()[0])
    if not statements:
        print('no statements of role %s between the marks in %s' % (role, log), file=sys.stderr)
        sys.exit(1)

    commands, defines, writes = [], [], []
    queries = control = skipped = 0
    inlined = [0]
    txn_start = None  # index in commands of the open transaction's BEGIN
    txn_writes = False
    for k, (sql, params) in enumerate(statements, start=1):
        body = sql.strip().rstrip(';').strip()
        if body == '':
            skipped += 1
            continue
        if CONTROL.match(body):
            control += 1
            word = CONTROL.match(body).group(1).upper()
            if word in ('BEGIN', 'START TRANSACTION'):
                txn_start, txn_writes = len(commands), False
            elif word == 'COMMIT' and txn_writes:
                body = 'ROLLBACK'
            if word in ('COMMIT', 'ROLLBACK'):
                txn_start = None
            commands.append(body + ';')
            continue
        queries += 1
        if WRITE.match(body) and not SESSION_UPDATE.match(body):
            writes.append(body.split()[0].lower() + ' ' + ' '.join(body.split()[1:3]))
            if txn_start is None:
                commands.append('BEGIN;')
                txn_start = len(commands) - 1
                body_end = 'ROLLBACK;'
            else:
                body_end = None
                txn_writes = True
        else:
            body_end = None
        if re.search(r':[A-Za-z_]', re.sub(r'::', '', re.sub(r"'(?:[^']|'')*'", "''", body))):
            # pgbench would read ":name" as one of its variables
            problems.append('statement %d contains a colon that pgbench would take for a variable' % k)
        placeholders = set(int(n) for n in re.findall(r'\$(\d+)', body))
        params = params or {}
        if placeholders - set(params):
            problems.append('statement %d: parameters %s not logged' % (k, sorted(placeholders - set(params))))

        def variable(m):
            n = int(m.group(1))
            value = params.get(n)
            if value is None:
                inlined[0] += 1
                return 'NULL'
            if value == '':
                # pgbench -D refuses an empty value; an untyped '' is what the driver's empty string is
                inlined[0] += 1
                return "''"
            name = 'p%d_%d' % (k, n)
            if '\n' in value:
                problems.append('statement %d: parameter $%d spans lines (pgbench -D cannot pass it)' % (k, n))
            defines.append('%s=%s' % (name, value))
            return ':' + name
        commands.append(re.sub(r'\$(\d+)', variable, body) + ';')
        if body_end:
            commands.append(body_end)
            txn_start = None
    with open(script_out, 'w', encoding='utf-8') as f:
        for c in commands:
            # pgbench ends an SQL command at its semicolon (a command may span lines)
            f.write(c + '\n')
    with open(defines_out, 'w', encoding='utf-8') as f:
        for d in defines:
            f.write(d + '\n')
    print('statements=%d transaction_control=%d validation_skipped=%d inlined=%d backends=%d writes=%s unreplayable=%s' % (
        queries, control, skipped, inlined[0], len(backends), ','.join(w.replace(' ', '_') for w in writes) or 'none',
        ';'.join(p.replace(' ', '_') for p in problems) or 'none'))


if __name__ == '__main__':
    main()
