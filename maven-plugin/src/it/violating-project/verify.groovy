import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def file = 'src/main/java/jobs/ExportJob.java'
assert log.contains("[ERROR] ${file}:15:24: warning: [SparkUnboundedCollect] ")
assert log.contains("[ERROR] ${file}:16:24: warning: [SparkLargeTake] `take(1000000)`")
assert log.contains('sparklint: 2 findings in 1 file analyzed')
assert log.contains('2 sparklint findings at or above warning; see target/sparklint/sparklint.html')
assert log.contains('BUILD FAILURE')
// one module: its own summary is the build's, no second one
assert !(log =~ /findings? in \d+ modules?/) : log

def results = new JsonSlurper().parse(new File(basedir, 'target/sparklint/sparklint.sarif')).runs[0].results
assert results.size() == 2
assert results*.ruleId == ['SparkUnboundedCollect', 'SparkLargeTake']
results.each { r ->
  def location = r.locations[0].physicalLocation
  assert location.artifactLocation.uri == file
  assert location.artifactLocation.uriBaseId == 'SRCROOT'
}
assert results*.locations*.physicalLocation*.region*.startLine.flatten() == [15, 16]

// The results cache is on by default under target/, in sparklint's marked folder: one entry for the
// one Spark source.
def cacheFolder = new File(basedir, 'target/sparklint/cache/sparklint-cache')
assert new File(cacheFolder, 'CACHEDIR.TAG').text.startsWith('Signature: 8a477f597d28d172789f06886806bc55')
def cacheEntries = []
cacheFolder.eachFileRecurse { if (it.name.endsWith('.json')) cacheEntries << it }
assert cacheEntries.size() == 1
