// The build compiled every module with -Xlint:all -Werror (a warning would have failed it): check that each
// compiled the generated Jakarta REST sources of each convention against the Jakarta REST it names.
def modules = [
        'jakarta-rest-3.1': ~/jakarta\.ws\.rs-api-3\.1\.\d+\.jar/,
        'jakarta-rest-4.0': ~/jakarta\.ws\.rs-api-4\.0\.\d+\.jar/,
]
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
modules.each { module, api ->
    def target = new File(basedir, "${module}/target")
    def classpath = new File(target, 'classpath.txt').text
    assert classpath =~ api : "${module} compiled against ${api}: ${classpath}"
    ['standard', 'problem', 'team'].each { convention ->
        ['ApiErrorsFeature', 'ApiErrorExceptionMapper', 'ApiErrorsWebApplicationExceptionMapper',
         'ApiErrorsJsonExceptionMapper', 'ApiErrorsJsonExceptionMapper$MismatchedInputErrors',
         'ApiErrorsValidationExceptionMapper', 'ApiErrorsFallbackExceptionMapper',
         'ApiErrorsClientResponseFilter'].each { type ->
            def compiled = new File(target, "classes/com/example/${convention}/errors/${type}.class")
            assert compiled.isFile() : "${module} did not compile ${convention}'s ${type}"
        }
    }
    assert new File(target, 'classes/com/example/clients/Clients.class').isFile()
}
def compilerArgs = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml'))
        .build.pluginManagement.plugins.plugin.find { it.artifactId == 'maven-compiler-plugin' }
        .configuration.compilerArgs.arg*.text()
assert compilerArgs.containsAll(['-Xlint:all', '-Werror']) : "the modules compile with ${compilerArgs}"
return true
