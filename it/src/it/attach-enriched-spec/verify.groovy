import java.nio.file.Files

// attachEnrichedSpec: the enriched description is installed as a secondary artifact with
// classifier api-errors and its extension as type, by the generating and by the skipping build.
def log = new File(basedir, 'build.log').text
assert log.contains('api-errors: skipped generation') : "the second build skipped generation"
def installs = log.readLines().findAll { it.contains('Installing') && it.contains('attach-enriched-spec-1.0-SNAPSHOT-api-errors.json') }
assert installs.size() == 2 : "both builds install the attached description: ${installs}"

def installed = new File(localRepositoryPath,
        'dev/apierrors/it/attach-enriched-spec/1.0-SNAPSHOT/attach-enriched-spec-1.0-SNAPSHOT-api-errors.json')
assert installed.isFile() : "the attached description is in the local repository: ${installed}"
def enriched = new File(basedir, 'target/api-errors/pets.json')
assert Files.readAllBytes(installed.toPath()) == Files.readAllBytes(enriched.toPath()) :
    "the installed artifact is the enriched description"
return true
