def target = new File(basedir, 'target')
def enriched = new File(target, 'api-errors/openapi.yaml')
assert enriched.isFile() : "the plugin wrote no enriched description at ${enriched}"
assert enriched.text.contains('application/problem+json') : "the enriched description declares problem details"

// OpenAPI Generator generated the API from the enriched description, but no copy of the problem bodies
def copies = []
new File(target, 'generated-sources/openapi').eachFileRecurse { file ->
    if (file.name ==~ /(ApiError|ApiValidationError|ApiValidationErrorErrorsInner)\.java/) copies << file
}
assert copies.isEmpty() : "OpenAPI Generator generated its own error classes: ${copies}"
def log = new File(basedir, 'build.log').text
['ApiError', 'ApiValidationError', 'ApiValidationError_errors_inner'].each { schema ->
    assert log.contains("Model ${schema} not generated due to schema mapping") :
        "OpenAPI Generator did not map the schema ${schema} to the plugin's class"
}
def ours = new File(target, 'generated-sources/api-errors/com/example/orders/errors')
['ApiError.java', 'ApiValidationError.java', 'ApiValidationErrorErrorsItem.java', 'ApiErrorsExceptionHandler.java'].each { name ->
    assert new File(ours, name).isFile() : "the plugin did not generate ${name} in ${ours}"
}

// the tests ran over real HTTP and none failed
def reports = new File(target, 'surefire-reports').listFiles().findAll { it.name ==~ /TEST-.*\.xml/ }
assert !reports.isEmpty() : "no test reports in ${target}/surefire-reports"
def suites = reports.collect { new groovy.xml.XmlSlurper().parse(it) }
def tests = suites.sum { it.@tests.toInteger() }
def failed = suites.sum { it.@failures.toInteger() + it.@errors.toInteger() + it.@skipped.toInteger() }
assert tests >= 12 : "only ${tests} tests ran"
assert failed == 0 : "${failed} tests failed, errored or were skipped"
return true
