import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert !log.contains('1000000')
assert log.contains('src/main/java/jobs/Sampler.java:19:')
assert log.contains('above the limit of 2000000')
assert log.contains('1 sparklint finding at or above warning')

def results = new JsonSlurper().parse(new File(basedir, 'target/sparklint/sparklint.sarif')).runs[0].results
assert results*.ruleId == ['SparkLargeTake']
