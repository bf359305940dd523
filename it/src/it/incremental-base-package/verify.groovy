// basePackage changed between two builds: the second regenerates, the old package's generated
// files are gone, and the files someone put into the output folder are still there.
def log = new File(basedir, 'build.log').text
def generating = log.readLines().findAll { it.contains('api-errors: generating: ') }
assert generating.size() == 2 : "both builds generate, found: ${generating}"
assert generating[1].endsWith('api-errors: generating: the configuration changed: basePackage (com.example.one -> com.example.two)') :
    "the second build says what changed: ${generating[1]}"

def out = new File(basedir, 'target/generated-sources/api-errors')
def one = new File(out, 'com/example/one')
def two = new File(out, 'com/example/two')
def left = one.list() as List
assert left == ['Handwritten.java'] : "only the hand-written file is left in the old package: ${left}"
assert new File(out, 'NOTES.txt').isFile() : "a hand-written file at the top of the output folder survives"
assert new File(basedir, 'target/classes/com/example/one/Handwritten.class').isFile() :
    "the hand-written source was compiled with the generated ones"

// what the second build generated: all in the new package, all present, all compiled
def state = new Properties()
new File(basedir, 'target/api-errors-state/default/api-errors-state.properties').withReader('UTF-8') { state.load(it) }
def prefix = 'outputs.0.source.'
def generated = state.stringPropertyNames().findAll { it.startsWith(prefix) && it.endsWith('.sha256') }
        .collect { it.substring(prefix.length(), it.length() - '.sha256'.length()) }.sort()
assert generated.contains('com/example/two/ApiError.java') && generated.contains('com/example/two/OperationErrors.java') :
    "the second build generated the error types in the new package: ${generated}"
assert log.contains("api-errors: removed ${generated.size()} files that earlier builds generated and this one no longer does") :
    "the second build removed the old package's files, as many as it generated in the new one"
assert new File(basedir, 'target/classes/com/example/two/ApiError.class').isFile() : "the new package compiled"
generated.each { name ->
    assert name.startsWith('com/example/two/') : "generated into the new package: ${name}"
    assert new File(out, name).isFile() : "generated file ${name} is present"
}
two.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    assert generated.contains(out.toPath().relativize(file.toPath()).toString().replace('\\', '/')) :
        "${file} in the new package is one the second build generated"
}
return true
