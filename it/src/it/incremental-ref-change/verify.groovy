// Only a file that the description references changed between two builds: the second regenerates,
// names the file, and the change shows in the outputs.
def log = new File(basedir, 'build.log').text
def generating = log.readLines().findAll { it.contains('api-errors: generating: ') }
assert generating.size() == 2 : "both builds generate, found: ${generating}"
def changed = new File(basedir, 'src/main/openapi/schemas/pet.yaml').canonicalPath
assert generating[1].endsWith("api-errors: generating: ${changed} changed") :
    "the second build names the changed referenced file: ${generating[1]}"
assert !log.contains('api-errors: skipped generation') : "no build skipped"

def enriched = new File(basedir, 'target/api-errors/openapi.yaml').text
assert enriched.contains('nickname:') && enriched.contains('Added between the two builds') :
    "the enriched description shows the new property of the referenced file"
return true
