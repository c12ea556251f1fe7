import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/java/jobs/Broken.java:8:')
assert log.contains('[ERROR] src/main/java/jobs/Dump.java:11:')
assert log.contains('[SparkUnboundedCollect]')
assert log.contains('1 file could not be analyzed')
assert log.contains('1 sparklint finding at or above warning')

def run = new JsonSlurper().parse(new File(basedir, 'target/sparklint/sparklint.sarif')).runs[0]
assert run.results*.ruleId == ['SparkUnboundedCollect']
