import groovy.json.JsonSlurper

// The outer build's local repository stands in for Maven Central; the sparklint artifacts come only
// from the integration tests' own local repository, where the install goal put them.
def settings = new File(basedir, 'outer-settings.xml')
settings.text = """<settings><profiles><profile><id>outer</id>
  <activation><activeByDefault>true</activeByDefault></activation>
  <repositories><repository><id>outer-local</id><url>${new File(outerRepo).toURI()}</url></repository></repositories>
  <pluginRepositories><pluginRepository><id>outer-local</id><url>${new File(outerRepo).toURI()}</url></pluginRepository></pluginRepositories>
</profile></profiles></settings>"""
def script = new File(basedir, '../../../../docs/ci/sparklint-ci.sh').canonicalFile
assert script.isFile()

def env = System.getenv().collect { k, v -> "$k=$v" }
env += "MVN=mvn -B -ntp -o -s ${settings} -Dmaven.repo.local=${localRepositoryPath} -Daether.offline.protocols=file"
env += "SPARKLINT_VERSION=${sparklintVersion}"
def process = ['bash', script.path].execute(env, basedir)
def output = new StringBuilder()
process.consumeProcessOutput(output, output)
process.waitFor()
new File(basedir, 'script.log').text = output.toString()

assert new File(basedir, '.sparklint/sparklint-cli-all.jar').isFile() : output
assert process.exitValue() == 1 : "a new finding fails the step: ${output}"
assert output.contains('src/main/java/jobs/Export.java:15:18: warning: [SparkLargeTake]')
assert output.contains('sparklint: 2 findings (1 new, 1 baselined)')
def run = new JsonSlurper().parse(new File(basedir, 'sparklint.sarif')).runs[0]
assert run.results*.baselineState.sort() == ['new', 'unchanged']
assert run.originalUriBaseIds.SRCROOT.uri.endsWith('/cli-jar/')
