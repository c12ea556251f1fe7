import groovy.json.JsonSlurper

def baseline = new JsonSlurper().parse(new File(basedir, 'sparklint-baseline.json'))
assert baseline.version == 1
assert baseline.entries.collect { "${it.rule} ${it.enclosing} ${it.code} ${it.count}".toString() } == [
    'SparkLargeTake ExportJob#main ds.take(1_000_000) 1',
    'SparkUnboundedCollect ExportJob#main ds.collectAsList() 1']
def log = new File(basedir, 'build.log').text
assert log.contains('sparklint: 2 findings (0 new, 2 baselined)')
assert log.contains('BUILD SUCCESS')
