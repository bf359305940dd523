def log = new File(basedir, 'build.log').text
def enriched = new File(basedir, 'target/api-errors/openapi.yaml').text
assert enriched.contains('application/vnd.team.error+json') : "the enriched description uses the convention's media type"
assert !enriched.contains('fill:') && !enriched.contains('headerName: header') : "the fill stays in the convention file"
def generated = new File(basedir, 'target/generated-sources/api-errors/com/example/team/errors')
['TeamError', 'TeamErrorIssuesItem', 'ValidationDetail', 'UnprocessableException', 'ApiErrorsExceptionHandler'].each { type ->
    assert new File(generated, "${type}.java").isFile() : "${type}.java was not generated in ${generated}"
}
assert log =~ /Tests run: 5, Failures: 0, Errors: 0, Skipped: 0/ : "the Spring tests of the team's problems did not all run and pass"
