// Only a file that the description references changed between two builds (paths/pet.yaml gained
// an operation): the second build regenerates, names the file, and the change shows in the outputs.
def log = new File(basedir, 'build.log').text
def generating = log.readLines().findAll { it.contains('api-errors: generating: ') }
assert generating.size() == 2 : "both builds generate, found: ${generating}"
def changed = new File(basedir, 'src/main/openapi/paths/pet.yaml').canonicalPath
assert generating[1].endsWith("api-errors: generating: ${changed} changed") :
    "the second build names the changed referenced file: ${generating[1]}"
assert !log.contains('api-errors: skipped generation') : "no build skipped"
def summaries = log.readLines().findAll { it.contains('error responses added') }
assert summaries.size() == 2 && summaries[0].contains('2 operations') && summaries[1].contains('3 operations') :
    "the second build saw the new operation: ${summaries}"

def enriched = new File(basedir, 'target/api-errors/openapi.yaml').text
assert enriched.contains('operationId: renamePet') : "the enriched description has the new operation"
assert enriched.contains('Another pet has this name') : "with its author-declared 409"

def catalog = new File(basedir, 'target/generated-sources/api-errors/com/example/pets/errors/OperationErrors.java')
assert catalog.isFile() : "the operation catalog was generated"
def java = catalog.text
assert java.contains('public static Operation renamePet()') : "the generated catalog has the new operation"
assert java.contains('new Operation("renamePet", "PUT", "/pets/{petId}", List.of("400", "401", "403", "404", "409", "422", "500"))') :
    "with its error statuses, the author's 409 among them"
return true
