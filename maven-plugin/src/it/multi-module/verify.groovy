import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def file = 'jobs/src/main/java/jobs/KeyCounts.java'
assert log.contains("[WARNING] ${file}:11:18: warning: [SparkUnboundedCollect] ")
assert log.contains('BUILD SUCCESS')

def results = new JsonSlurper().parse(new File(basedir, 'jobs/target/sparklint/sparklint.sarif')).runs[0].results
assert results*.ruleId == ['SparkUnboundedCollect']
assert results[0].locations[0].physicalLocation.artifactLocation.uri == file

assert log.contains('sparklint: skipped (pom packaging)')
assert !new File(basedir, 'target/sparklint/sparklint.sarif').exists() : 'no empty report for the parent'
