def log = new File(basedir, 'build.log').text
assert log.contains('sparklint: skipped (sparklint.skip=true)')
assert !log.contains('[SparkUnboundedCollect]')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/sparklint').exists()
