def log = new File(basedir, 'build.log').text
assert log.contains("sparklint: bad configuration: option SparkLargeTake:maxRows has value 'lots'; "
    + 'expected a whole number from 1 to 9223372036854775807')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/sparklint/sparklint.sarif').exists()
