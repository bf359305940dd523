def log = new File(basedir, 'build.log').text
// each of the three builds compiled with -Xlint:all -Werror against its own Spring Framework
['6.2.12', '7.0.10', '7.1.0'].each { version ->
    assert log.contains("org.springframework:spring-webflux:jar:${version}") :
        "no build compiled against spring-webflux ${version}"
}
assert !log.contains('[WARNING] COMPILATION WARNING') && !log.contains('warnings found and -Werror specified') :
    "the generated sources compile with warnings"
// the last build (Boot 4.1.2 with Framework 7.1.0) compiled the handlers of every convention
['standard': 'ApiValidationError', 'problem': 'ApiValidationError', 'team': 'TeamError'].each { convention, body ->
    ['ApiErrorsWebExceptionHandler', 'ApiErrorsWebClientFilter', body].each { type ->
        def compiled = new File(basedir, "target/classes/com/example/${convention}/errors/${type}.class")
        assert compiled.isFile() : "${type} of the ${convention} convention was not compiled: ${compiled}"
    }
}
return true
