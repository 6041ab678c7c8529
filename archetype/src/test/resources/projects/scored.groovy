// Shared by the projects' verify.groovy: the generated project was scored for the marketplace, with
// the score in the log, its static findings as SARIF and a report page with charts.
return { File project, String log ->
  def quality = new File(project, 'target/dataflare/quality.json').text
  assert quality.contains('"scored" : true') : quality
  def score = (quality =~ /"score" : ([0-9.]+)/)[0][1] as double
  assert score > 0 && score <= 100
  assert log.contains('Quality: target/dataflare/quality.json')
  assert new File(project, 'target/dataflare/quality.sarif').isFile()
  assert new File(project, 'target/dataflare/report.html').text.contains('<svg')
}
