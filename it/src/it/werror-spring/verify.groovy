// The build compiled every module with -Xlint:all -Werror (a warning would have failed it): check that each
// compiled the generated Spring sources of each convention against the Spring it names.
def modules = [
        'boot-3.5'              : ~/spring-web-6\.2\.\d+\.jar/,
        'boot-4.1'              : ~/spring-web-7\.0\.\d+\.jar/,
        'boot-4.1-framework-7.1': ~/spring-web-7\.1\.0\.jar/,
]
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
modules.each { module, springWeb ->
    def target = new File(basedir, "${module}/target")
    def classpath = new File(target, 'classpath.txt').text
    assert classpath =~ springWeb : "${module} compiled against ${springWeb}: ${classpath}"
    ['standard', 'problem', 'team'].each { convention ->
        ['ApiErrorsExceptionHandler', 'ApiErrorsStatusHandler', 'ApiErrorsResponseErrorHandler'].each { type ->
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

// The check can fail: with the same flags on Spring Framework 7.1, plain use of RestTemplate is rejected, and so is
// the generated RestTemplate handler without its @SuppressWarnings("removal").
def module71 = new File(basedir, 'boot-4.1-framework-7.1')
def classpath71 = new File(module71, 'target/classpath.txt').text.trim() + File.pathSeparator +
        new File(module71, 'target/classes').path
def probes = new File(basedir, 'target/probes')
probes.mkdirs()
def handler = new File(module71, 'target/generated-sources/standard/com/example/standard/errors/ApiErrorsResponseErrorHandler.java')
assert handler.text.contains('@SuppressWarnings("removal")')
def unsuppressed = new File(probes, 'ApiErrorsResponseErrorHandler.java')
unsuppressed.text = handler.text.replace('@SuppressWarnings("removal")', '')
def javac = new File(System.getProperty('java.home'), 'bin/javac').path
[new File(basedir, 'probe/RestTemplateProbe.java'), unsuppressed].each { source ->
    def process = [javac, '--release', '17', '-Xlint:all', '-Werror', '-d', new File(probes, 'classes').path,
                   '-classpath', classpath71, source.path].execute()
    def output = new StringBuilder()
    process.waitForProcessOutput(output, output)
    assert process.exitValue() != 0 : "${source.name} compiled without warnings on Spring Framework 7.1: ${output}"
    assert output.toString().contains('has been deprecated and marked for removal') : "javac said: ${output}"
}
return true
