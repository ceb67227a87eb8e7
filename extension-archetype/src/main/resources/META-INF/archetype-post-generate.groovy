// Keeps the sources of the chosen kind and deletes the other kinds' (each kind is one class and its test).
def kinds = [
    loss    : 'LogCoshLoss',
    kernel  : 'NeighbourKernel',
    solver  : 'DenseJacobiSolver',
    analyzer: 'DecayStepsAnalyzer',
]
def kind = request.properties.get('kind')
def project = new File(request.outputDirectory, request.artifactId)
if (!kinds.containsKey(kind)) {
    project.deleteDir()  // nothing half-made is left behind
    throw new IllegalArgumentException("kind must be one of ${kinds.keySet().join(', ')}, got '${kind}'")
}
def packagePath = request.properties.get('package').replace('.', '/')
kinds.findAll { it.key != kind }.each { other, name ->
    [new File(project, "src/main/java/${packagePath}/${name}.java"),
     new File(project, "src/test/java/${packagePath}/${name}Test.java")].each { file ->
        if (!file.delete()) {
            throw new IllegalStateException("could not delete ${file}")
        }
    }
}
