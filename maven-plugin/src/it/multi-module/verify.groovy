import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def file = 'jobs/src/main/java/jobs/KeyCounts.java'
assert log.contains("[WARNING] ${file}:11:18: warning: [SparkUnboundedCollect] ")
assert log.contains('BUILD SUCCESS')

// each module prints its own findings; the build's summary comes once, after both modules
def other = "[WARNING] reports/src/main/java/reports/DailyExport.java:12:16: warning: [SparkUnboundedCollect] "
assert log.contains(other)
def summary = 'sparklint: 2 findings in 2 modules (2 new, 0 baselined)'
assert log.count(summary) == 1 : log
assert log.indexOf(summary) > log.indexOf(other) && log.indexOf(summary) > log.indexOf(file)

def results = new JsonSlurper().parse(new File(basedir, 'jobs/target/sparklint/sparklint.sarif')).runs[0].results
assert results*.ruleId == ['SparkUnboundedCollect']
assert results[0].locations[0].physicalLocation.artifactLocation.uri == file

assert log.contains('sparklint: skipped (pom packaging)')
assert !new File(basedir, 'target/sparklint/sparklint.sarif').exists() : 'no empty report for the parent'
