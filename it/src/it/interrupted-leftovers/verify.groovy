// The build removed the temporary files an interrupted build left beside its outputs, kept the
// look-alikes that are not the plugin's, and left no temporary file of its own.
def leftovers = new File(basedir, 'leftovers.txt').readLines()
def others = new File(basedir, 'others.txt').readLines()
leftovers.each { assert !new File(it).exists() : "the leftover ${it} was removed" }
others.each { assert new File(it).isFile() : "${it} is not the plugin's and stays" }

def tmp = []
new File(basedir, 'target').eachFileRecurse(groovy.io.FileType.FILES) { file ->
    if (file.name.endsWith('.tmp') && !others.contains(file.path)) {
        tmp << file.path
    }
}
assert tmp.isEmpty() : "no other temporary file is left: ${tmp}"
assert new File(basedir, 'target/classes/com/example/errors/ApiError.class').isFile() : 'the sources compiled'
return true
