import groovy.json.JsonSlurper

// The source is ISO-8859-1 (not valid UTF-8): read in the encoding the POM declares, as javac does.
def source = new File(basedir, 'src/main/java/jobs/Export.java')
assert source.getText('ISO-8859-1').contains('Gr\u00f6\u00dfe')

def log = new File(basedir, 'build.log').text
assert !log.contains('not valid UTF-8') && !log.contains('not valid ISO-8859-1')
assert log.contains('src/main/java/jobs/Export.java:13:52: warning: [SparkUnboundedCollect] ')
assert log.contains('sparklint: 1 finding in 1 file analyzed')
assert log.contains('BUILD SUCCESS')

def results = new JsonSlurper().parse(new File(basedir, 'target/sparklint/sparklint.sarif')).runs[0].results
assert results*.ruleId == ['SparkUnboundedCollect']
