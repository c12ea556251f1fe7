import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/java/jobs/NewJob.java:12:18: warning: [SparkUnboundedCollect] ')
assert !log.contains('] src/main/java/jobs/ExportJob.java:')
assert log.contains('sparklint: 3 findings (1 new, 2 baselined) \u2014 report: target/sparklint/sparklint.html')
assert log.contains('1 sparklint finding at or above warning; see target/sparklint/sparklint.html')
assert log.contains('BUILD FAILURE')

def results = new JsonSlurper().parse(new File(basedir, 'target/sparklint/sparklint.sarif')).runs[0].results
assert results.collect { it.locations[0].physicalLocation.artifactLocation.uri + ':' + it.baselineState } == [
    'src/main/java/jobs/ExportJob.java:unchanged', 'src/main/java/jobs/ExportJob.java:unchanged',
    'src/main/java/jobs/NewJob.java:new']
def checkstyle = new File(basedir, 'target/sparklint/sparklint-checkstyle.xml').text
assert checkstyle.contains('<file name="src/main/java/jobs/NewJob.java">')
assert !checkstyle.contains('ExportJob')
assert new File(basedir, 'target/sparklint/sparklint.html').text.contains('<span class="badge baselined">baselined</span>')
