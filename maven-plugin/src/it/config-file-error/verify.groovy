def log = new File(basedir, 'build.log').text
assert log.contains('sparklint: bad configuration: ')
assert log.contains("/sparklint.yaml:3: unknown rule 'SparkCollectAll'; known rules: SparkUnboundedCollect, ")
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/sparklint/sparklint.sarif').exists()
