import org.eclipse.jetty.http.HttpHeader
import org.eclipse.jetty.io.Content
import org.eclipse.jetty.server.Handler
import org.eclipse.jetty.server.Request
import org.eclipse.jetty.server.Response
import org.eclipse.jetty.server.Server
import org.eclipse.jetty.server.ServerConnector
import org.eclipse.jetty.util.Callback

import java.nio.ByteBuffer
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption
import java.util.concurrent.CopyOnWriteArrayList

// A remote build cache over HTTP shared by two machines. The cache server is Jetty, in this script's
// JVM, on a free port of 127.0.0.1: started before the first build, stopped after the last one (in
// finally, whatever happens). It stores what is PUT into a folder and serves it back (GET, HEAD), and
// creates folders on MKCOL, as a WebDAV server does for the extension.
// Machine A (CI) builds and saves to the remote cache; machine B, with its own local repository and
// its own local cache, and the project in another folder, restores the goal from the remote cache.
def store = new File(basedir, 'remote-cache').toPath()
def requests = new CopyOnWriteArrayList<String>()
def handler = new Handler.Abstract() {
    @Override
    boolean handle(Request request, Response response, Callback callback) {
        def relative = Request.getPathInContext(request).replaceFirst('^/+', '')
        Path file = store.resolve(relative).normalize()
        requests << "${request.method} /${relative}".toString()
        if (!file.startsWith(store)) {
            Response.writeError(request, response, callback, 403)
            return true
        }
        switch (request.method) {
            case 'PUT':
                Files.createDirectories(file.parent)
                Content.Source.asInputStream(request).withCloseable { Files.copy(it, file, StandardCopyOption.REPLACE_EXISTING) }
                response.status = 201
                callback.succeeded()
                break
            case 'MKCOL':
                Files.createDirectories(file)
                response.status = 201
                callback.succeeded()
                break
            case 'GET':
            case 'HEAD':
                if (!Files.isRegularFile(file)) {
                    Response.writeError(request, response, callback, 404)
                    break
                }
                byte[] bytes = Files.readAllBytes(file)
                response.headers.put(HttpHeader.CONTENT_LENGTH, bytes.length as long)
                response.write(true, request.method == 'GET' ? ByteBuffer.wrap(bytes) : ByteBuffer.allocate(0), callback)
                break
            default:
                Response.writeError(request, response, callback, 405)
        }
        return true
    }
}

def server = new Server()
def connector = new ServerConnector(server)
connector.host = '127.0.0.1'
connector.port = 0
server.addConnector(connector)
server.handler = handler
server.start()
try {
    def url = "http://127.0.0.1:${connector.localPort}/cache"
    def cachedSkip = 'Skipping plugin execution (cached): api-errors:generate'

    def mvn = { File dir, String name, List<String> args ->
        def log = new File(basedir, "${name}.log")
        def command = [new File(mavenHome as String, 'bin/mvn').path, '-B', '-o',
                       "-Dmaven.build.cache.remote.url=${url}".toString()] + args + ['clean', 'verify']
        def builder = new ProcessBuilder(command).directory(dir).redirectErrorStream(true).redirectOutput(log)
        builder.environment().put('MAVEN_OPTS', mavenOpts as String)
        def process = builder.start()
        assert process.waitFor() == 0 : "build ${name} failed (${command.join(' ')}):\n${log.text}"
        log.text
    }
    def files = { File root ->
        def found = [:] as TreeMap
        root.eachFileRecurse(groovy.io.FileType.FILES) { found[root.toPath().relativize(it.toPath()).toString()] = it.bytes }
        found
    }
    def outputs = { File project ->
        [spec: files(new File(project, 'target/api-errors')), java: files(new File(project, 'target/generated-sources/api-errors'))]
    }

    // machine B: a copy of the project made before any build, in another folder
    def machineB = new File(basedir, 'machine-b')
    def checkoutB = new File(machineB, 'checkout')
    checkoutB.mkdirs()
    ['pom.xml', '.mvn', 'project', 'shared'].each { name ->
        def from = new File(basedir, name).toPath()
        Files.walk(from).withCloseable { paths ->
            paths.each { Path path -> Files.copy(path, checkoutB.toPath().resolve(basedir.toPath().relativize(path))) }
        }
    }

    // machine A: CI, whose local repository is the one the invoker gave; it saves to the remote cache
    def logA = mvn(basedir, 'build-machine-a', ["-Dmaven.repo.local=${localRepositoryPath}".toString(),
            "-Dmaven.build.cache.location=${new File(basedir, 'machine-a-cache')}".toString(),
            '-Dmaven.build.cache.remote.save.enabled=true'])
    assert logA.contains('api-errors: generating: ') : 'machine A generates'
    assert !logA.contains(cachedSkip) : 'machine A finds nothing to restore'
    def puts = requests.findAll { it.startsWith('PUT ') && it.contains('build-cache-project') }
    assert puts.any { it.endsWith('/buildinfo.xml') } : "machine A PUT its build to the server: ${requests}"
    def generatedA = outputs(new File(basedir, 'project'))
    assert generatedA.java.size() > 10 : 'machine A generated the sources'

    // machine B: its own local repository (what it needs from machine A's read through the repository
    // tail, as it would come from Maven Central and a deploy), its own empty local cache
    def repoB = new File(machineB, 'repository')
    def cacheB = new File(machineB, 'cache')
    requests.clear()
    def logB = mvn(checkoutB, 'build-machine-b', ["-Dmaven.repo.local=${repoB}".toString(),
            "-Dmaven.repo.local.tail=${localRepositoryPath}".toString(),
            "-Dmaven.build.cache.location=${cacheB}".toString()])
    assert logB.contains(cachedSkip) : "machine B restores the goal from the remote cache:\n${logB}"
    assert !logB.contains('api-errors: generating') : 'the goal did not run on machine B'
    assert requests.any { it.startsWith('GET ') && it.endsWith('/buildinfo.xml') } : "machine B read the build from the server: ${requests}"
    assert !requests.any { it.startsWith('PUT ') } : "machine B does not save: ${requests}"
    def restoredB = outputs(new File(checkoutB, 'project'))
    assert restoredB.spec.keySet() == generatedA.spec.keySet() && restoredB.java.keySet() == generatedA.java.keySet() :
        'machine B has the same output files as machine A'
    ['spec', 'java'].each { kind ->
        generatedA[kind].each { name, bytes -> assert Arrays.equals(bytes, restoredB[kind][name]) : "${name} is byte for byte machine A's" }
    }
} finally {
    server.stop()
}
assert server.stopped : 'the cache server stopped'
return true
