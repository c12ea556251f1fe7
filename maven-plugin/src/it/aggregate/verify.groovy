import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('sparklint: skipped (pom packaging)')
assert log.count('the build fails or passes in sparklint:aggregate') == 2
// one summary for the build, the aggregate's (the modules' checks leave it to the aggregate)
assert log.count('sparklint: 2 findings in 2 modules') == 1 : log
assert log.contains('sparklint: 2 findings in 2 modules (1 new, 1 baselined) \u2014 report: target/sparklint/sparklint.sarif')
assert log.contains('1 sparklint finding at or above warning; see target/sparklint/sparklint.sarif')
assert log.contains('BUILD FAILURE')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/sparklint/sparklint.sarif'))
assert sarif.runs.size() == 1 : 'one run: code scanning takes it in one upload'
def results = sarif.runs[0].results
assert results.collect { it.locations[0].physicalLocation.artifactLocation.uri } ==
    ['ingest/src/main/java/ingest/Load.java', 'report/src/main/java/report/Export.java']
assert results*.baselineState == ['unchanged', 'new']
assert results.every { it.partialFingerprints['sparklint/v2'] }
assert new File(basedir, 'ingest/target/sparklint/sparklint.sarif').isFile()
assert new File(basedir, 'report/target/sparklint/sparklint.sarif').isFile()

// GitLab's Code Quality report of the build: the modules' new findings in one file at the root.
def codeQuality = new JsonSlurper().parse(new File(basedir, 'target/sparklint/gl-code-quality-report.json'))
assert codeQuality*.location*.path == ['report/src/main/java/report/Export.java']
assert codeQuality.every { it.fingerprint }
