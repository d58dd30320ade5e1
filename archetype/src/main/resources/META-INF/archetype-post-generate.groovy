// -Dkind=module or output: remove the other kind's classes, tests and script lines.
import java.nio.file.Files
import java.nio.file.Path

def kind = request.properties.get('kind')
def className = request.properties.get('className')
Path project = Path.of(request.outputDirectory, request.artifactId)
Path main = project.resolve('src/main/java').resolve(request.packageName.replace('.', '/'))
Path test = project.resolve('src/test/java').resolve(request.packageName.replace('.', '/'))
def drop = kind == 'module' ? ["${className}OutputFactory", "${className}Output", "${className}OutputTest"]
        : kind == 'output' ? ["${className}Module", "${className}ModuleTest"]
        : []
drop.each { n ->
    Files.deleteIfExists(main.resolve("${n}.java"))
    Files.deleteIfExists(test.resolve("${n}.java"))
}
