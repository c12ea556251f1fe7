import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def file = 'src/main/resources/spark-defaults.conf'
assert log.contains("[ERROR] ${file}:4:1: warning: [SparkUnlimitedMaxResultSize] ")
assert !log.contains('[SparkDriverMemoryInCode]')
assert log.contains('1 sparklint finding at or above warning')
assert log.contains('BUILD FAILURE')

def results = new JsonSlurper().parse(new File(basedir, 'target/sparklint/sparklint.sarif')).runs[0].results
assert results*.ruleId == ['SparkUnlimitedMaxResultSize']
assert results[0].locations[0].physicalLocation.artifactLocation.uri == file
