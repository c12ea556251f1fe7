import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('sparklint: 0 findings in 1 file analyzed')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/sparklint/sparklint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.isEmpty()
assert sarif.runs[0].tool.driver.rules*.id.contains('SparkUnboundedCollect')
assert new File(basedir, 'target/sparklint/sparklint.json').isFile()
