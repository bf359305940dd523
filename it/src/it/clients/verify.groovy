// Both builds (standard, then problem) ran every client library's tests against the real server, and
// OpenAPI Generator, configured from the plugin's project properties, wrote no copy of the error bodies.
def modules = ['native', 'restclient', 'resttemplate', 'webclient', 'feign', 'microprofile', 'spring-cloud',
               'spring-http-interface']
def bodies = [standard: ['ApiError', 'ApiValidationError', 'ApiValidationError_detail_inner'],
              problem : ['ApiError', 'ApiValidationError', 'ApiValidationError_errors_inner']]
def log = new File(basedir, 'build.log').text

bodies.each { convention, schemas ->
    modules.each { module ->
        def target = new File(basedir, "${module}/target/${convention}")
        assert target.isDirectory() : "no build of ${module} with ${convention}"

        // OpenAPI Generator wrote the description's own model, and no copy of an error body
        def generated = []
        new File(target, 'generated-sources/openapi').eachFileRecurse { file -> generated << file.name }
        assert generated.contains('Order.java') : "${module} (${convention}): OpenAPI Generator wrote no Order"
        def copies = generated.findAll { it ==~ /(ApiError|ApiValidationError\w*|ValidationDetail)\.java/ }
        assert copies.isEmpty() : "${module} (${convention}): OpenAPI Generator wrote copies of the bodies: ${copies}"

        def reports = new File(target, 'surefire-reports').listFiles().findAll { it.name ==~ /TEST-.*\.xml/ }
        def suites = reports.collect { new groovy.xml.XmlSlurper().parse(it) }
        def tests = suites.sum(0) { it.@tests.toInteger() }
        def failed = suites.sum(0) { it.@failures.toInteger() + it.@errors.toInteger() + it.@skipped.toInteger() }
        assert tests >= 7 : "${module} (${convention}): only ${tests} tests ran"
        assert failed == 0 : "${module} (${convention}): ${failed} tests failed, errored or were skipped"
    }
    // OpenAPI Generator says so for every body, in every module
    schemas.each { schema ->
        def line = "Model ${schema} not generated due to schema mapping"
        def count = log.count(line)
        assert count >= modules.size() : "OpenAPI Generator logged '${line}' ${count} times, not for each module"
    }
}
return true
