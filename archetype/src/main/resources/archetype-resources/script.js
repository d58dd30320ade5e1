#if ($kind != 'output')
import ${className.substring(0,1).toLowerCase()}${className.substring(1)} from 'k6/x/${name}';

#end
export const options = { vus: 2, iterations: 4 };

export default function () {
#if ($kind != 'output')
  console.log(${className.substring(0,1).toLowerCase()}${className.substring(1)}.greet('jk6'));
#else
  // jk6 run --out ${name} script.js: the output gets this run's samples
#end
}
