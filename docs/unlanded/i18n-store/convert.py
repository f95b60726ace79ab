# Puts the messages of opening/saving/importing through tr() (re-runnable after a rebase):
# QStringLiteral("text") -> Tr::tr("text") for the human texts of the store, JSON and validation.
import re, sys
EXCLUDE = {'\\u201c', '\\u201d', '-%1.', '.v%1.ropa', '/.', '.saving', ', ', '%1[%2]', '%1, evidence',
           '%1, retention', '%1, dpia', '%1, balancing_test', '%1, %2', 'ropa-project', '%1 %2', ': '}
CONTEXT = {'model/store/projectstore.cpp': 'ropa::store', 'model/store/jsonformat.cpp': 'ropa::json',
           'model/domain/validation.cpp': 'ropa::validation', 'model/domain/entities.cpp': 'ropa::Entity'}
pat = re.compile(r'QStringLiteral\(((?:\s*"(?:[^"\\]|\\.)*")+)\s*\)')
def convert(path, keep_identifiers=()):
    s = open(path).read()
    def rep(m):
        parts = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))
        text = ''.join(parts)
        ident = re.fullmatch(r'[a-z_0-9\-]+', text)
        if text in EXCLUDE or text == '' or text.startswith('^') or text.startswith('PRAGMA') or text.startswith('CREATE'):
            return m.group(0)
        if ident and text not in keep_identifiers:
            return m.group(0)
        toks = m.group(1).replace('\\u201c', '“').replace('\\u201d', '”').replace('\\u2026', '…').replace('\\u2014', '—')
        return 'Tr::tr(' + toks.lstrip() + ')'
    s2 = pat.sub(rep, s)
    ctx = CONTEXT[path]
    if 'Q_DECLARE_TR_FUNCTIONS(' + ctx + ')' not in s2:
        what = ('The nouns a user reads in messages and menus' if ctx == 'ropa::Entity'
                else 'Messages a user reads when opening, saving or importing')
        decl = ('\n// %s: translated (context "%s");\n'
                '// the English texts are the source texts, unchanged.\nstruct Tr\n{\n    Q_DECLARE_TR_FUNCTIONS(%s)\n};\n' % (what, ctx, ctx))
        ns = re.search(r'^namespace ropa[^\n]*\{\n', s2, re.M)
        s2 = s2[:ns.end()] + decl + s2[ns.end():]
        inc = re.search(r'^#include <', s2, re.M) or re.search(r'^namespace ropa', s2, re.M)
        s2 = s2[:inc.start()] + '#include <QCoreApplication>\n' + ('' if inc.group(0).startswith('#') else '\n') + s2[inc.start():]
    open(path, 'w').write(s2)

import sys
files = sys.argv[1:]
def want(p): return not files or p in files
if want('model/domain/validation.cpp'): convert('model/domain/validation.cpp', keep_identifiers={'project'})
if want('model/store/jsonformat.cpp'): convert('model/store/jsonformat.cpp', keep_identifiers={'missing'})
if want('model/store/projectstore.cpp'): convert('model/store/projectstore.cpp', keep_identifiers={'text'})
if want('model/domain/entities.cpp'): convert('model/domain/entities.cpp', keep_identifiers={'document', 'party', 'data category', 'data subject', 'source',
                                                        'security measure', 'activity', 'transfer'})

if want('model/store/jsonformat.cpp'):
    p = 'model/store/jsonformat.cpp'
    t = open(p).read()
    t = t.replace('Tr::tr(" (and %1 more problem(s))").arg(m_problems.size() - 1)',
                  'Tr::tr(" (and %n more problem(s))", nullptr, int(m_problems.size() - 1))')
    open(p, 'w').write(t)

if want('model/store/projectstore.cpp'):
    p = 'model/store/projectstore.cpp'
    t = open(p).read()
    old = '''Tr::tr("The project contains %1 %2 named %3, which Ropa never writes")
                                     .arg(row.type == QLatin1StringView("index") ? QStringLiteral("an")
                                                                                 : QStringLiteral("a"),
                                          row.type.left(40), quoted(row.name.left(80)))'''
    new = '''(row.type == QLatin1StringView("index")
                                  ? Tr::tr("The project contains an index named %1, which Ropa never writes")
                                        .arg(quoted(row.name.left(80)))
                                  : Tr::tr("The project contains a %1 named %2, which Ropa never writes")
                                        .arg(row.type.left(40), quoted(row.name.left(80))))'''
    assert old in t
    t = t.replace(old, new)
    open(p, 'w').write(t)
