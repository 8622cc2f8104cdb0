#!/usr/bin/env python3
"""Splits the request threads' JFR execution samples of each endpoint into the parts of a request
(bench/profile.sh writes <folder>/<endpoint>.jfr). Each sample counts once, for the part of its
innermost frame outside the JDK that a rule names (first rule that matches); samples of the health
floor and of the sign-ins (Argon2) are left out.  Usage: breakdown.py FOLDER ENDPOINT...
"""
import collections
import re
import subprocess
import sys
rules=[
 ('message lookup',('org.springframework.context.support.AbstractMessageSource','org.springframework.context.support.ResourceBundleMessageSource','java.util.ResourceBundle','java.text.MessageFormat')),
 ('audit append',('nl.sleutelnet.audit.AuditTrail',)),
 ('tenant binding',('nl.sleutelnet.tenancy.internal.TenantBoundDataSource','nl.sleutelnet.tenancy.CurrentTenant')),
 ('session load/save',('org.springframework.session.','org.springframework.core.serializer','java.io.ObjectInputStream','java.io.ObjectOutputStream')),
 ('SQL, JVM side',('org.postgresql.','com.zaxxer.hikari','org.springframework.jdbc.','org.springframework.transaction.')),
 ('template rendering',('org.thymeleaf.','org.springframework.expression.','nl.sleutelnet.shell.TimesDialect')),
 ('JSON (API)',('tools.jackson.','com.fasterxml.jackson.')),
 ('response writing',('org.apache.catalina.connector.OutputBuffer','org.apache.catalina.connector.CoyoteWriter','org.apache.coyote.http11.Http11OutputBuffer','org.apache.tomcat.util.net.','org.apache.tomcat.util.buf.C2B')),
 ('model building (controllers, services, layout)',('nl.sleutelnet.',)),
 ('MVC dispatch',('org.springframework.web.servlet.','org.springframework.web.method.','org.springframework.web.bind.','org.springframework.validation.')),
 ('security filter chain',('org.springframework.security.',)),
 ('Tomcat, other filters',('org.apache.','org.springframework.web.filter','org.springframework.boot.')),
]
def cat(frames):
    for f in frames:
        for name,prefixes in rules:
            if f.startswith(prefixes): return name
    return 'JVM/other'
folder=sys.argv[1]
endpoints=sys.argv[2:]
res={}
for e in endpoints:
    txt=subprocess.run(['jfr','print','--events','jdk.ExecutionSample','--stack-depth','300',f'{folder}/{e}.jfr'],capture_output=True,text=True).stdout
    c=collections.Counter(); n=0
    for s in txt.split('jdk.ExecutionSample {')[1:]:
        if 'http-nio' not in s: continue
        if 'HealthEndpoint' in s or 'actuate' in s or 'argon2' in s.lower(): continue
        frames=re.findall(r'^\s+([\w.$<>/]+)\(', s, re.M)
        c[cat(frames)]+=1; n+=1
    res[e]=(c,n)
names=[r[0] for r in rules]+['JVM/other']
print('| part of the JVM time | '+' | '.join(endpoints)+' |')
print('|---|'+'---:|'*len(endpoints))
for nm in names:
    print(f'| {nm} | '+' | '.join(f"{100*res[e][0][nm]/res[e][1]:.0f} %" for e in endpoints)+' |')
print('| samples | '+' | '.join(str(res[e][1]) for e in endpoints)+' |')
